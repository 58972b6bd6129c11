// attach(form): binds saisie's rules to an existing form without rewriting it; destroy() restores it exactly.
import { createForm, type FormSnapshot, type FieldConfig } from '../core/form/createForm.js';
import { translate } from '../core/messages.js';
import { lookup } from '../core/input.js';
import type { Issue } from '../core/types.js';
import { checkEmail, parseMailbox } from '../core/email/index.js';
import { findCountry } from '../core/country/index.js';
import { checkPostalCode } from '../core/postal/index.js';
import { checkCivility, loadFirstNames } from '../core/civility/index.js';
import { checkPhone, loadPhoneMetadata } from '../core/phone/index.js';
import { UI_MESSAGES } from '../locales/ui.js';
import { findFields, type FieldRole, type FoundField } from './findFields.js';
import { createFieldMessage, type FieldMessage } from './createFieldMessage.js';
import { bindPhoneFormatting } from './bindPhoneFormatting.js';
import { createErrorSummary } from './createErrorSummary.js';

/** Options of `attach`; each may also be set on the form as `data-saisie-*` (locale, country, replace-values). */
export interface AttachOptions {
  /** Language of messages; default: the form's `lang`, then `<html lang>`, then English. */
  locale?: string;
  /** Default country for phone and postal rules when the form has no country field. */
  country?: string;
  /** On a successful submit, write the normalized values (E.164 phone…) into the inputs. Default false. */
  replaceValues?: boolean;
  /** Show `info` issues (webmail, role address) as well. Default false. */
  showInfo?: boolean;
  /** Pause after typing before a warning shows (ms, default 700). */
  warnDelayMs?: number;
  /**
   * Load the lazy tables the form needs (first names of its language, full phone metadata of its country) from
   * where saisie is served. Default false: nothing is requested, and civility checks wait for `loadFirstNames`.
   */
  loadData?: boolean;
}

/** What `saisie:submit` carries: the normalized values (by field name) and every field's issues. */
export interface SubmitDetail {
  values: Record<string, string>;
  issues: Record<string, Issue[]>;
}

/** The handle `attach` returns. */
export interface AttachHandle {
  readonly form: HTMLFormElement;
  /** Checks every field now, shows what is wrong, and resolves with the normalized values and issues. */
  validate(): Promise<SubmitDetail & { valid: boolean }>;
  /** The normalized values by field name. */
  values(): Record<string, string>;
  /** Listens to `saisie:submit` (or any `saisie:*` event); returns the function that stops listening. */
  on(type: 'submit', listener: (detail: SubmitDetail) => void): () => void;
  /** Unbinds everything and restores the form exactly as it was. */
  destroy(): void;
}

interface Bound {
  key: string;
  field: FoundField;
  message?: FieldMessage;
  shown: 'none' | 'warn' | 'all';
  warnTimer?: ReturnType<typeof setTimeout>;
  /** What was last rendered, so that a keystroke only touches the fields it changed. */
  rendered?: { state: unknown; shown: string };
}

const handles = new WeakMap<HTMLFormElement, AttachHandle>();
const COUNTRY_OF_LANGUAGE: Readonly<Record<string, string>> = { fr: 'FR', de: 'DE', es: 'ES', it: 'IT', pt: 'PT', nl: 'NL', en: 'GB', pl: 'PL', sv: 'SE', da: 'DK', fi: 'FI', nb: 'NO', cs: 'CZ', el: 'GR', ja: 'JP', zh: 'CN', ko: 'KR' };

/** The country a language tag points to: its region subtag, else the language's main country. */
export function countryOfLocale(tag: string | null | undefined): string | undefined {
  const parts = String(tag ?? '').split(/[-_]/);
  const region = parts.slice(1).find((p) => /^[A-Z]{2}$/i.test(p));
  return region ? region.toUpperCase() : lookup(COUNTRY_OF_LANGUAGE, (parts[0] ?? '').toLowerCase());
}

function resolveForm(formOrSelector: HTMLFormElement | string): HTMLFormElement {
  const el = typeof formOrSelector === 'string' ? document.querySelector(formOrSelector) : formOrSelector;
  if (!el || el.nodeName !== 'FORM') {
    throw new TypeError(`saisie: attach() needs a <form> element or a selector that matches one; got ${typeof formOrSelector === 'string' ? JSON.stringify(formOrSelector.slice(0, 60)) : String(el)}.`);
  }
  return el as HTMLFormElement;
}

/** Binds saisie to a form (element or selector): live formatting, suggestions, accessible messages, submit flow. */
export function attach(formOrSelector: HTMLFormElement | string, options: AttachOptions = {}): AttachHandle {
  const form = resolveForm(formOrSelector);
  const existing = handles.get(form);
  if (existing) return existing;
  const doc = form.ownerDocument;
  const data = form.dataset;
  const locale = options.locale ?? data.saisieLocale ?? (form.closest('[lang]')?.getAttribute('lang') || undefined) ?? 'en';
  const replaceValues = options.replaceValues ?? data.saisieReplaceValues === 'true';
  const warnDelay = options.warnDelayMs ?? 700;
  const t = (key: string, vars?: Record<string, string>) => translate(UI_MESSAGES, locale, [key], vars);

  const found = findFields(form);
  const bound: Bound[] = [];
  const byKey = new Map<string, Bound>();
  for (const field of found) {
    let key = (field.section ? field.section + ':' : '') + field.role;
    for (let n = 2; byKey.has(key); n++) key = `${field.section ? field.section + ':' : ''}${field.role}#${n}`;
    const b: Bound = { key, field, shown: 'none' };
    bound.push(b);
    byKey.set(key, b);
  }
  const inSection = (role: FieldRole, section: string) => byKey.get((section ? section + ':' : '') + role) ?? byKey.get(role);
  const valueOf = (b: Bound | undefined) => (b ? b.field.element.value : '');
  const countryFor = (b: Bound): string | undefined => {
    const own = b.field.element.dataset.saisieCountry;
    const field = valueOf(inSection('country', b.field.section)).trim();
    const fromField = field ? findCountry(field) : undefined; // a code, or a name in a loaded language
    return own?.toUpperCase() ?? fromField ?? options.country?.toUpperCase() ?? data.saisieCountry?.toUpperCase() ?? countryOfLocale(locale) ?? countryOfLocale(doc.documentElement.lang);
  };

  const configFor = (b: Bound): FieldConfig => {
    const { role, section, element } = b.field;
    const required = element.required;
    const countryKey = inSection('country', section)?.key;
    const deps = countryKey ? [countryKey] : [];
    switch (role) {
      case 'email':
        return { required, check: (v) => checkEmail(v, { locale }) };
      case 'phone':
        return { required, dependsOn: deps, check: (v) => checkPhone(v, { country: countryFor(b), locale }) };
      case 'postalCode':
        return { required, dependsOn: deps, check: (v) => { const c = countryFor(b); return c ? checkPostalCode(v, c, { locale }) : undefined; } };
      case 'firstName': {
        const civ = inSection('civility', section);
        return { dependsOn: civ ? [civ.key] : [], check: (v) => checkCivility({ civility: valueOf(civ), firstName: v }, { locale }) };
      }
      default:
        return {};
    }
  };
  const store = createForm({
    fields: Object.fromEntries(bound.map((b) => [b.key, configFor(b)])),
    values: Object.fromEntries(bound.map((b) => [b.key, b.field.element.value])),
    debounceMs: 0,
  });

  const live = doc.createElement('div');
  live.className = 'saisie-live';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  form.append(live);
  const summary = createErrorSummary(form);
  const addedIds: HTMLElement[] = [];
  const unbinders: Array<() => void> = [];
  const originalNoValidate = form.noValidate;
  form.noValidate = true; // saisie shows its own messages and summary; :user-invalid still works

  const visibleIssues = (b: Bound, snap: FormSnapshot): Issue[] => {
    const issues = snap.fields[b.key]?.issues ?? [];
    return issues.filter((i) => (i.severity === 'error' ? b.shown === 'all' : i.severity === 'warning' ? b.shown !== 'none' : options.showInfo && b.shown !== 'none'));
  };
  const apply = (b: Bound, value: string, issue: Issue) => {
    // A civility suggestion fixes the civility field, not the first name it is shown on.
    const target = issue.code === 'civility.mismatch' ? inSection('civility', b.field.section) : b;
    if (!target) return;
    const el = target.field.element;
    if (el instanceof HTMLSelectElement) {
      const option = Array.from(el.options).find((o) => o.value === value || o.text.trim() === value);
      if (!option) return;
      el.value = option.value;
    } else el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
    el.focus();
  };
  const render = () => {
    const snap = store.getSnapshot();
    for (const b of bound) {
      const state = snap.fields[b.key];
      if (!state || (b.rendered?.state === state && b.rendered.shown === b.shown)) continue;
      const errors = state.issues.filter((i) => i.severity === 'error');
      const el = b.field.element;
      if (el.validationMessage !== (errors[0]?.message ?? '')) el.setCustomValidity(errors[0]?.message ?? '');
      // An error disappears the moment it is fixed, even before blur.
      if (b.shown === 'all' && errors.length === 0 && state.issues.length === 0) b.shown = 'none';
      b.rendered = { state, shown: b.shown };
      const issues = visibleIssues(b, snap);
      if (!b.message && issues.length === 0) continue;
      b.message ??= createFieldMessage(el);
      const before = b.message.element.textContent;
      b.message.show(issues, (s) => t('ui.apply', { suggestion: s }), (s, issue) => apply(b, s, issue));
      const suggestion = issues.find((i) => i.suggestion);
      if (suggestion && b.message.element.textContent !== before) live.textContent = suggestion.message;
    }
    summary.refresh(bound.map((b) => ({ element: b.field.element, issues: visibleIssues(b, snap) })));
  };
  unbinders.push(store.subscribe(render));

  const ensureId = (el: HTMLElement) => {
    if (!el.id) {
      el.id = `saisie-field-${Math.random().toString(36).slice(2, 10)}`;
      addedIds.push(el);
    }
  };

  for (const b of bound) {
    const el = b.field.element;
    // Selection APIs throw on type=number/email: only text-like inputs are formatted as typed.
    if (b.field.role === 'phone' && el instanceof HTMLInputElement && /^(?:tel|text|search)$/.test(el.type)) unbinders.push(bindPhoneFormatting(el, () => countryFor(b)));
    const onInput = () => {
      if (el.value === store.getSnapshot().fields[b.key]?.value) return; // already seen (re-dispatched input, change)
      // A pasted mailbox ("Jean Dupont" <jean@exemple.fr>) keeps only its address.
      if (b.field.role === 'email' && el.value.includes('<')) {
        const mailbox = parseMailbox(el.value);
        if (mailbox) el.value = mailbox.address;
      }
      store.setValue(b.key, el.value);
      if (b.shown === 'none') {
        clearTimeout(b.warnTimer);
        b.warnTimer = setTimeout(() => {
          if (b.shown === 'none') b.shown = 'warn';
          render();
        }, warnDelay);
      }
      render();
    };
    const onBlur = () => {
      store.touch(b.key);
      if (el.value.trim() !== '' || b.shown !== 'none') b.shown = 'all';
      render();
    };
    el.addEventListener('input', onInput);
    el.addEventListener('change', onInput);
    el.addEventListener('blur', onBlur);
    unbinders.push(() => {
      clearTimeout(b.warnTimer);
      el.removeEventListener('input', onInput);
      el.removeEventListener('change', onInput);
      el.removeEventListener('blur', onBlur);
    });
  }

  const collect = (snap: FormSnapshot): SubmitDetail => {
    const values: Record<string, string> = {};
    const issues: Record<string, Issue[]> = {};
    for (const b of bound) {
      const name = b.field.element.name || b.field.element.id || b.key;
      values[name] = snap.fields[b.key]?.normalized ?? b.field.element.value;
      issues[name] = [...(snap.fields[b.key]?.issues ?? [])];
    }
    return { values, issues };
  };
  const validate = async () => {
    for (const b of bound) store.setValue(b.key, b.field.element.value);
    const snap = await store.validate();
    for (const b of bound) b.shown = 'all';
    render();
    return { ...collect(snap), valid: snap.valid };
  };

  let acknowledged = '';
  let passing = false;
  const onSubmit = (e: SubmitEvent) => {
    if (passing) {
      passing = false;
      return;
    }
    e.preventDefault();
    const submitter = e.submitter;
    void validate().then((result) => {
      const snap = store.getSnapshot();
      const errors = bound.filter((b) => snap.fields[b.key]?.issues.some((i) => i.severity === 'error'));
      const warnings = bound.filter((b) => snap.fields[b.key]?.issues.some((i) => i.severity === 'warning'));
      const signature = warnings.map((b) => b.key + '=' + b.field.element.value).join('\n');
      bound.forEach((b) => ensureId(b.field.element));
      if (errors.length) return summary.show('errors', t('ui.summary.errors'), '');
      if (warnings.length && signature !== acknowledged) {
        acknowledged = signature; // warnings ask once: the second submit goes through
        return summary.show('warnings', t('ui.summary.warnings'), t('ui.summary.warnings-hint'));
      }
      summary.hide();
      const detail: SubmitDetail = { values: result.values, issues: result.issues };
      const event = new CustomEvent<SubmitDetail>('saisie:submit', { detail, cancelable: true, bubbles: true });
      if (!form.dispatchEvent(event)) return;
      if (replaceValues) {
        for (const b of bound) {
          const n = snap.fields[b.key]?.normalized;
          if (n !== undefined && n !== b.field.element.value) b.field.element.value = n;
        }
      }
      passing = true;
      if (typeof form.requestSubmit === 'function') form.requestSubmit(submitter instanceof HTMLElement && 'form' in submitter ? (submitter as HTMLButtonElement) : undefined);
      else form.submit();
      passing = false;
    });
  };
  form.addEventListener('submit', onSubmit);
  unbinders.push(() => form.removeEventListener('submit', onSubmit));

  const handle: AttachHandle = {
    form,
    validate,
    values: () => collect(store.getSnapshot()).values,
    on(type, listener) {
      const l = (e: Event) => listener((e as CustomEvent<SubmitDetail>).detail);
      form.addEventListener(`saisie:${type}`, l);
      return () => form.removeEventListener(`saisie:${type}`, l);
    },
    destroy() {
      if (handles.get(form) !== handle) return;
      handles.delete(form);
      unbinders.forEach((u) => u());
      store.destroy();
      for (const b of bound) {
        b.message?.destroy();
        b.field.element.setCustomValidity('');
      }
      summary.destroy();
      live.remove();
      for (const el of addedIds) el.removeAttribute('id');
      form.noValidate = originalNoValidate;
    },
  };
  handles.set(form, handle);
  if (options.loadData ?? data.saisieLoadData === 'true') {
    // Re-check once the tables arrive: number types and first names change what the rules can say.
    const again = () => void (handles.get(form) === handle && store.validate().then(render));
    const phone = bound.find((b) => b.field.role === 'phone');
    const loads: Array<Promise<boolean>> = [];
    if (bound.some((b) => b.field.role === 'firstName')) loads.push(loadFirstNames(locale));
    if (phone) loads.push(loadPhoneMetadata(countryFor(phone) ?? ''));
    void Promise.all(loads).then(again, () => undefined);
  }
  return handle;
}
