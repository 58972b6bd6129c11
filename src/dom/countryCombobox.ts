// Plugin: the country field as a searchable combobox. A <select> stays in the form, hidden, and is what posts: a
// text input in front of it searches names in every built-in language, aliases and codes, and writes the choice
// back through the select (as if picked, so React and Vue follow). A text input is enhanced in place.
import { findCountry, loadCountryNames } from '../core/country/index.js';
import { searchCountries, type CountryMatch } from '../core/country/searchCountries.js';
import type { SaisieData } from '../core/data.js';
import { translate } from '../core/messages.js';
import { UI_MESSAGES } from '../locales/ui.js';
import { createCombobox } from './createCombobox.js';
import type { AttachContext, AttachPlugin, BoundField } from './plugin.js';

/** Options of `countryCombobox`. */
export interface CountryComboboxOptions {
  /** ISO codes listed first when the list opens on an empty search (default: the current and the form's country). */
  preferred?: readonly string[];
}

// Names of every built-in language match on any page: "Deutschland" finds Germany on a French form.
const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'pt'];
// Attributes of the hidden select that speak for the field: its message, its state.
const MIRRORED = ['aria-describedby', 'aria-invalid', 'aria-required'] as const;
let serial = 0;

interface Binding {
  refresh(): void;
  destroy(): void;
}

/** The country combobox on every bound `country` field (a select kept in sync, or a text input). */
export function countryCombobox(tables: SaisieData, options: CountryComboboxOptions = {}): AttachPlugin {
  const given = options?.preferred;
  if (given !== undefined && (!Array.isArray(given) || given.some((c) => typeof c !== 'string'))) {
    throw new TypeError('saisie: countryCombobox option preferred must be an array of ISO codes, e.g. ["FR", "BE", "CH"].');
  }
  return (ctx: AttachContext) => {
    const data = tables.country;
    const t = (key: string, vars?: Record<string, string>) => translate(UI_MESSAGES, ctx.locale, [key], vars, tables.book);
    const bound = new Map<HTMLElement, Binding>();
    let alive = true;
    const search = (query: string, preferred: readonly string[], codes?: readonly string[]) => searchCountries(query, { locale: ctx.locale, preferred, codes }, data);
    const nameOf = (code: string) => search('', [], [code])[0]?.name;
    const preferredFor = (field: BoundField, current: string | undefined) => given ?? [current ?? '', ctx.country(field.section).guessed ? '' : (ctx.country(field.section).code ?? '')].filter(Boolean);
    const toOption = (m: CountryMatch) => ({ id: m.code, label: m.name, parts: m.parts });
    const announce = (n: number) => t(n === 1 ? 'ui.country.one' : 'ui.country.count', { count: String(n) });

    const bindSelect = (field: BoundField, select: HTMLSelectElement): Binding | undefined => {
      if (select.multiple || select.size > 1) return undefined;
      const doc = select.ownerDocument;
      // The select's options as countries: value → code, code → the first option's value.
      let codeOfValue = new Map<string, string>();
      let valueOfCode = new Map<string, string>();
      const readOptions = () => {
        codeOfValue = new Map();
        valueOfCode = new Map();
        for (const o of Array.from(select.options).slice(0, 1000)) {
          if (!o.value || o.disabled) continue;
          const code = findCountry(o.value, data) ?? findCountry(o.text, data);
          if (!code) continue;
          codeOfValue.set(o.value, code);
          if (!valueOfCode.has(code)) valueOfCode.set(code, o.value);
        }
      };
      readOptions();
      if (!valueOfCode.size) return undefined; // nothing to offer (yet: names may still be loading)

      const input = doc.createElement('input');
      input.type = 'text';
      input.className = 'saisie-country-input';
      // The browser's own suggestions would cover the list; the select keeps the site's autocomplete token.
      input.autocomplete = 'off';
      input.spellcheck = false;
      input.setAttribute('data-saisie', 'off');
      const labels = Array.from(select.labels ?? []);
      const namedLabels: HTMLElement[] = [];
      const ids = labels.map((label) => {
        if (!label.id) {
          let id: string;
          do id = `saisie-label-${++serial}`;
          while (doc.getElementById(id));
          label.id = id;
          namedLabels.push(label);
        }
        return label.id;
      });
      if (ids.length) input.setAttribute('aria-labelledby', ids.join(' '));
      else for (const a of ['aria-labelledby', 'aria-label', 'title']) if (select.hasAttribute(a)) input.setAttribute(a, select.getAttribute(a)!);
      const mirror = () => {
        for (const a of MIRRORED) {
          const v = select.getAttribute(a);
          if (v === null) input.removeAttribute(a);
          else if (input.getAttribute(a) !== v) input.setAttribute(a, v);
        }
        input.required = select.required;
        input.disabled = select.disabled;
      };
      mirror();
      const hidden = select.getAttribute('hidden');
      select.before(input);
      select.hidden = true;
      // A hidden select cannot take focus: the error summary's link (and the site's own code) reach the input instead.
      const ownFocus = Object.getOwnPropertyDescriptor(select, 'focus');
      Object.defineProperty(select, 'focus', { configurable: true, writable: true, value: (o?: FocusOptions) => input.focus(o) });

      const current = () => codeOfValue.get(select.value);
      const shownText = () => {
        const option = select.options[select.selectedIndex];
        if (!option || !option.value) return '';
        const code = current();
        const name = code ? nameOf(code) : undefined;
        return name && name !== code ? name : option.text.trim();
      };
      let dirty = false;
      let writing = false;
      const refresh = () => {
        if (dirty && doc.activeElement === input) return;
        dirty = false;
        const text = shownText();
        if (input.value !== text) input.value = text;
      };
      const results = (query: string) => search(query, preferredFor(field, current()), [...valueOfCode.keys()]);
      // '' is the select's empty choice ("Choose…").
      const pick = (code: string) => {
        const value = code ? valueOfCode.get(code) : '';
        if (value === undefined) return;
        dirty = false;
        writing = true;
        try {
          if (select.value !== value) ctx.write(select, value);
        } finally {
          writing = false;
        }
        refresh();
      };
      const combobox = createCombobox({
        input,
        listLabel: t('ui.country.list'),
        announce,
        onChoose: (option) => pick(option.id),
        onOpenRequest: () => combobox.show(results(dirty ? input.value : '').map(toOption)),
        // "allem" + Enter is Germany: the first match is the one the list shows first.
        enterChoosesFirst: true,
      });
      const onInput = () => {
        dirty = true;
        const text = input.value;
        if (!text.trim()) return combobox.close();
        combobox.show(results(text).map(toOption));
      };
      // A pointer on the input opens the whole list, as the select it stands for would.
      const onClick = () => {
        if (!combobox.isOpen && !input.disabled) combobox.show(results(dirty ? input.value : '').map(toOption));
      };
      const onBlur = () => {
        if (!dirty) return;
        dirty = false;
        const text = input.value.trim();
        const empty = Array.from(select.options).find((o) => o.value === '');
        if (!text && empty) {
          if (select.value !== '') pick('');
        } else if (text) {
          // Free text that names exactly one country picks it; anything else leaves the select as it was.
          const found = results(text);
          const exact = found.filter((m) => m.exact);
          const only = exact.length === 1 ? exact[0] : found.length === 1 ? found[0] : undefined;
          if (only) return pick(only.code);
        }
        refresh();
      };
      const onFocus = () => refresh();
      const onSelectChange = () => {
        if (writing) return;
        dirty = false;
        refresh();
      };
      const onLabelClick = () => input.focus();
      // `reset` fires before the form resets its controls.
      const onReset = () => setTimeout(() => {
        if (!alive) return;
        dirty = false;
        refresh();
      }, 0);
      // Enter on typed text (list closed) submits the form without a blur: what was typed is settled first.
      const onEnter = (e: KeyboardEvent) => {
        if (e.key === 'Enter' && !e.isComposing && dirty && !combobox.isOpen) onBlur();
      };
      input.addEventListener('input', onInput);
      input.addEventListener('click', onClick);
      input.addEventListener('keydown', onEnter);
      input.addEventListener('blur', onBlur);
      input.addEventListener('focus', onFocus);
      select.addEventListener('change', onSelectChange);
      select.addEventListener('input', onSelectChange);
      select.form?.addEventListener('reset', onReset);
      for (const label of labels) label.addEventListener('click', onLabelClick);
      const view = doc.defaultView;
      const observer = view && typeof view.MutationObserver === 'function'
        ? new view.MutationObserver((records) => {
          if (records.some((r) => r.type === 'childList' || r.attributeName === 'selected' || r.attributeName === 'value')) {
            readOptions();
            refresh();
          }
          mirror();
        })
        : undefined;
      observer?.observe(select, { attributes: true, attributeFilter: [...MIRRORED, 'required', 'disabled', 'selected', 'value'], childList: true, subtree: true });
      const offStore = ctx.store.subscribe(() => {
        if (doc.activeElement !== input) refresh();
      });
      refresh();
      return {
        refresh: () => (readOptions(), refresh()),
        destroy() {
          offStore();
          observer?.disconnect();
          combobox.destroy();
          input.removeEventListener('input', onInput);
          input.removeEventListener('click', onClick);
          input.removeEventListener('keydown', onEnter);
          input.removeEventListener('blur', onBlur);
          input.removeEventListener('focus', onFocus);
          select.removeEventListener('change', onSelectChange);
          select.removeEventListener('input', onSelectChange);
          select.form?.removeEventListener('reset', onReset);
          for (const label of labels) label.removeEventListener('click', onLabelClick);
          for (const label of namedLabels) label.removeAttribute('id');
          input.remove();
          if (ownFocus) Object.defineProperty(select, 'focus', ownFocus);
          else delete (select as { focus?: unknown }).focus;
          if (hidden === null) select.removeAttribute('hidden');
          else select.setAttribute('hidden', hidden);
        },
      };
    };

    const bindText = (field: BoundField, input: HTMLInputElement): Binding | undefined => {
      if (!/^(?:text|search)?$/.test(input.type)) return undefined;
      // A field that holds a code ("FR", or room for two letters only) is written a code.
      const asCode = /^[a-z]{2}$/i.test(input.value.trim()) || input.maxLength === 2;
      let writing = false;
      let dirty = false;
      const results = (query: string) => search(query, preferredFor(field, findCountry(input.value, data)), undefined);
      const combobox = createCombobox({
        input,
        listLabel: t('ui.country.list'),
        announce,
        onChoose: (option) => {
          dirty = false;
          writing = true;
          try {
            const text = asCode ? option.id : option.label;
            if (input.value !== text) ctx.write(input, text);
          } finally {
            writing = false;
          }
        },
        onOpenRequest: () => combobox.show(results(dirty ? input.value : '').map(toOption)),
      });
      const onInput = (e: Event) => {
        if (writing || (e as InputEvent).isComposing) return;
        dirty = true;
        const text = input.value;
        if (!text.trim() || input.ownerDocument.activeElement !== input) return combobox.close();
        combobox.show(results(text).map(toOption));
      };
      input.addEventListener('input', onInput);
      input.addEventListener('compositionend', onInput);
      return {
        refresh: () => undefined,
        destroy() {
          combobox.destroy();
          input.removeEventListener('input', onInput);
          input.removeEventListener('compositionend', onInput);
        },
      };
    };

    const sync = () => {
      if (!alive) return;
      const fields = ctx.fields().filter((f) => f.role === 'country');
      const elements = new Set<HTMLElement>(fields.map((f) => f.element as HTMLElement));
      for (const [el, binding] of bound) {
        if (elements.has(el)) continue;
        binding.destroy();
        bound.delete(el);
      }
      for (const f of fields) {
        const el = f.element as HTMLElement;
        if (bound.has(el)) continue;
        const binding = el instanceof HTMLSelectElement ? bindSelect(f, el) : el instanceof HTMLInputElement ? bindText(f, el) : undefined;
        if (binding) bound.set(el, binding);
      }
    };
    sync();
    const offFields = ctx.onFieldsChange(sync);
    void Promise.all([ctx.locale, ...LANGUAGES].map((l) => loadCountryNames(l, data).catch(() => false))).then(() => {
      if (!alive) return;
      sync();
      for (const b of bound.values()) b.refresh();
    });
    return () => {
      alive = false;
      offFields();
      for (const binding of bound.values()) binding.destroy();
      bound.clear();
    };
  };
}
