// Plugin: address suggestions on the address line through a provider (BAN, Photon, your own). Choosing one fills
// the address fields through the same value writes as formatting, so React and Vue follow. Typing stays free: a
// provider that is slow, down or answering garbage leaves a plain input, with no message.
import type { Address } from '../core/address/formatAddress.js';
import { highlightMatch } from '../core/autocomplete/highlightMatch.js';
import { createSuggestionSearch, type SuggestionSearchOptions } from '../core/autocomplete/createSuggestionSearch.js';
import type { AddressProvider, Suggestion } from '../core/autocomplete/types.js';
import { findCountry } from '../core/country/index.js';
import { isFrenchPostalCountry } from '../core/postal/isFrenchPostalCountry.js';
import type { SaisieData } from '../core/data.js';
import { translate } from '../core/messages.js';
import { UI_MESSAGES } from '../locales/ui.js';
import { createCombobox, type Combobox } from './createCombobox.js';
import type { AttachContext, AttachPlugin, BoundField } from './plugin.js';

/** What `saisie:address` carries once a suggestion filled the form. */
export interface AddressChosenDetail {
  suggestion: Suggestion;
  address: Address;
  section: string;
}

const CONFIRMED = 'data-saisie-confirmed';
const plain = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();

/** The option of a select whose value or text is `wanted` (a code or a name), if any. */
function optionFor(select: HTMLSelectElement, wanted: string, tables: SaisieData, country: boolean): string | undefined {
  const w = plain(wanted);
  for (const o of Array.from(select.options).slice(0, 500)) {
    if (plain(o.value) === w || plain(o.text) === w) return o.value;
    if (country && (findCountry(o.value, tables.country) === wanted || findCountry(o.text, tables.country) === wanted)) return o.value;
  }
  return undefined;
}

/** Address suggestions from `provider` on each section's address line (`options`: minChars, debounceMs, limit, timeoutMs). */
export function addressAutocomplete(tables: SaisieData, provider: AddressProvider, options: SuggestionSearchOptions = {}): AttachPlugin {
  return (ctx: AttachContext) => {
    const t = (key: string, vars?: Record<string, string>) => translate(UI_MESSAGES, ctx.locale, [key], vars, tables.book);
    const bound = new Map<HTMLInputElement, () => void>();
    const filled = new Set<HTMLElement>();

    const fill = (section: string, address: Address, suggestion: Suggestion, line: HTMLInputElement) => {
      const put = (role: string, value: string | undefined) => {
        const f: BoundField | undefined = ctx.field(role, section) ?? (role === 'addressLine1' && !searchBoxes().has(line) ? { element: line } as BoundField : undefined);
        if (!f || typeof value !== 'string' || !value.trim()) return;
        const el = f.element;
        // A field the page (or the layout plugin) hides is not the person's to see: nothing is posted in it unseen.
        if (el.closest('[hidden], [data-saisie-layout-hidden]')) return;
        let next: string | undefined = value.trim().slice(0, 200);
        if (el instanceof HTMLSelectElement) next = optionFor(el, value, tables, role === 'country');
        else if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) return;
        if (next === undefined) return;
        if (el.value !== next) ctx.write(el, next);
        el.setAttribute(CONFIRMED, 'address');
        filled.add(el);
      };
      // The country first: the postal code and city rules then check for it.
      const country = ctx.field('country', section)?.element;
      const current = country ? findCountry(country instanceof HTMLSelectElement ? country.value || country.selectedOptions[0]?.text || '' : country.value, tables.country) : undefined;
      // The BAN says FR for Guadeloupe or La Réunion too: a form already set to an overseas département keeps it.
      const same = current === address.country || (address.country === 'FR' && isFrenchPostalCountry(current));
      if (typeof address.country === 'string' && address.country && country && !same) {
        put('country', address.country);
      }
      const lines = (Array.isArray(address.addressLines) ? address.addressLines.slice(0, 4) : []).filter((l) => typeof l === 'string' && l.trim());
      // A town or street without a number keeps the line as typed: its label is no address line.
      if (lines[0]) put('addressLine1', lines[0]);
      // A "search your address" box shows what was chosen (it is no field of the form's: nothing marks it confirmed).
      if (searchBoxes().has(line) && line.value !== suggestion.label) ctx.write(line, suggestion.label);
      if (lines[1]) put('addressLine2', lines[1]);
      put('postalCode', address.postalCode);
      put('city', address.locality);
      put('region', address.region);
      ctx.form.dispatchEvent(new CustomEvent('saisie:address', { bubbles: true, detail: { suggestion, address, section } satisfies AddressChosenDetail }));
    };

    const bind = (field: { element: HTMLElement; section: string }) => {
      const input = field.element;
      if (!(input instanceof HTMLInputElement) || bound.has(input) || !/^(?:text|search)?$/.test(input.type)) return;
      const search = createSuggestionSearch(provider, options);
      let shown: readonly Suggestion[] = [];
      let writing = false;
      let resolving: AbortController | undefined;
      const combobox: Combobox = createCombobox({
        input,
        listLabel: t('ui.address.list'),
        announce: (count) => t(count === 1 ? 'ui.address.one' : 'ui.address.count', { count: String(count) }),
        onChoose: (_option, index) => {
          const suggestion = shown[index];
          if (!suggestion) return;
          combobox.close();
          search.cancel();
          resolving?.abort();
          const done = (address: Address | undefined) => {
            writing = true;
            try {
              fill(field.section, address && typeof address === 'object' ? address : { country: '', addressLines: [suggestion.label] }, suggestion, input);
            } finally {
              writing = false;
            }
          };
          if (suggestion.address || !provider.resolve) return done(suggestion.address);
          resolving = new AbortController();
          const signal = resolving.signal;
          // A resolve that fails keeps what the suggestion says; the person can still edit every field.
          Promise.resolve()
            .then(() => provider.resolve!(suggestion, { signal }))
            .then((a) => (a && typeof a === 'object' ? a : undefined), () => undefined)
            .then((a) => { if (!signal.aborted && bound.has(input)) done(a); });
        },
      });
      const onInput = (e: Event) => {
        if (writing || (e as InputEvent).isComposing) return;
        if (filled.delete(input)) input.removeAttribute(CONFIRMED);
        const text = input.value;
        const c = ctx.country(field.section);
        // Only a country the form says: one guessed from the page's language would hide every other country's addresses.
        search.query(text, { country: c.guessed ? undefined : c.code || undefined, locale: ctx.locale }, (suggestions, q) => {
          // The field moved on since this query: a newer one owns the list.
          if (!bound.has(input) || input.value.replace(/\s+/g, ' ').trim().slice(0, 200) !== q) return;
          shown = suggestions;
          if (!suggestions.length || ctx.form.ownerDocument.activeElement !== input) return combobox.close();
          combobox.show(suggestions.map((s) => ({ id: s.id, label: s.label, parts: highlightMatch(s.label, q) })));
        });
      };
      input.addEventListener('input', onInput);
      input.addEventListener('compositionend', onInput);
      bound.set(input, () => {
        input.removeEventListener('input', onInput);
        input.removeEventListener('compositionend', onInput);
        search.cancel();
        resolving?.abort();
        combobox.destroy();
      });
    };

    // Fields the person edits after a fill are theirs again: no longer marked confirmed.
    const onEdit = (e: Event) => {
      const el = e.target as HTMLElement;
      if (filled.has(el) && !(el instanceof HTMLInputElement && bound.has(el))) {
        filled.delete(el);
        el.removeAttribute(CONFIRMED);
      }
    };
    // A "search your address" input (`data-saisie-address-search`, its value the section: "", "shipping"…) takes the
    // suggestions instead of that section's address line, and fills the fields from there.
    const searchBoxes = () => new Map(Array.from(ctx.form.querySelectorAll<HTMLInputElement>('input[data-saisie-address-search]'), (el) => [el, (el.getAttribute('data-saisie-address-search') ?? '').trim().toLowerCase()]));
    const sync = () => {
      const boxes = searchBoxes();
      const sections = new Set(boxes.values());
      const targets = [
        ...Array.from(boxes, ([element, section]) => ({ element, section })),
        ...ctx.fields().filter((f) => f.role === 'addressLine1' && !sections.has(f.section)),
      ];
      const wanted = new Set(targets.map((t) => t.element));
      for (const [input, unbind] of bound) {
        if (wanted.has(input)) continue;
        unbind();
        bound.delete(input);
      }
      for (const t of targets) bind(t);
    };
    sync();
    const offFields = ctx.onFieldsChange(sync);
    ctx.form.addEventListener('input', onEdit, true);
    return () => {
      offFields();
      ctx.form.removeEventListener('input', onEdit, true);
      for (const unbind of bound.values()) unbind();
      bound.clear();
      for (const el of filled) el.removeAttribute(CONFIRMED);
      filled.clear();
    };
  };
}
