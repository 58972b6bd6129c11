// attach(form): binds saisie's rules to an existing form without rewriting it; destroy() restores it exactly.
// A composition of parts: the field registry (discovery, rules by role, feedback, rendering), the submit gate,
// the pointer hold, lazy tables and plugins.
import { createForm } from '../core/form/createForm.js';
import { createRoleTable, type FieldCountry } from '../core/form/fieldRoles.js';
import { translate } from '../core/messages.js';
import { findCountry } from '../core/country/index.js';
import { UI_MESSAGES } from '../locales/ui.js';
import { bindSubmit } from './bindSubmit.js';
import { createErrorSummary } from './createErrorSummary.js';
import { createFieldRegistry } from './createFieldRegistry.js';
import { createSubmitGate } from './gateSubmit.js';
import { holdPointer } from './holdPointer.js';
import { loadTables } from './loadTables.js';
import { fillCityFromPostalCode } from './fillCityFromPostalCode.js';
import { observeFields } from './observeFields.js';
import { readCountryField, resolveCountry } from './countryOf.js';
import type { Control } from './readConstraints.js';
import { writeValue } from './writeValue.js';
import type { AttachContext, AttachPlugin } from './plugin.js';
import type { AttachHandle, AttachOptions } from './types.js';
import type { SaisieData } from '../core/data.js';
import { formatPhoneAsYouType } from '../core/phone/formatPhoneAsYouType.js';

import type { FormElement } from './globals.js';
export type { AttachHandle, AttachOptions, SubmitDetail } from './types.js';

/**
 * A plugin whose code loads only when a form asks for it (an address provider…), so `attach` alone stays small:
 * a chunk of the user's bundler, or for the script tag a module of dist/plugins/ beside saisie.min.js (rollup.config.mjs).
 * A chunk that fails to load leaves the form as it is.
 */
function later(load: () => Promise<AttachPlugin>): AttachPlugin {
  return (ctx) => {
    let alive = true;
    let cleanup: (() => void) | void;
    load().then((plugin) => { if (alive) cleanup = plugin(ctx); }, () => undefined);
    return () => {
      alive = false;
      if (typeof cleanup === 'function') cleanup();
    };
  };
}

const handles = new WeakMap<HTMLFormElement, AttachHandle>();
// A boolean data attribute as HTML writes one: present (`data-saisie-replace-values`, ="", ="true") is on; ="false" is off.
const isOn = (value: string | undefined) => value !== undefined && value.trim().toLowerCase() !== 'false';
// ISO codes listed in an attribute ("FR, BE,ch"); undefined when it lists none (a bare boolean attribute).
const codesOf = (value: string | undefined): string[] | undefined => {
  const codes = (value ?? '').toUpperCase().split(/[\s,;]+/).filter((c) => /^[A-Z]{2}$/.test(c)).slice(0, 20);
  return codes.length ? codes : undefined;
};

function resolveForm(formOrSelector: HTMLFormElement | string): HTMLFormElement {
  if (typeof document === 'undefined' && typeof formOrSelector === 'string') {
    throw new TypeError('saisie: attach() needs a DOM (a browser, or jsdom in Node); the rules (checkEmail, checkPhone…) need none.');
  }
  const el = typeof formOrSelector === 'string' ? document.querySelector(formOrSelector) : formOrSelector;
  if (!el || el.nodeName !== 'FORM') {
    throw new TypeError(`saisie: attach() needs a <form> element or a selector that matches one; got ${typeof formOrSelector === 'string' ? JSON.stringify(formOrSelector.slice(0, 60)) : String(el)}.`);
  }
  return el as HTMLFormElement;
}

/** Binds saisie to a form (element or selector) with `tables`: live formatting, suggestions, accessible messages, submit gate. */
export function attach(formOrSelector: FormElement | string, options: AttachOptions = {}, tables: SaisieData): AttachHandle {
  const form = resolveForm(formOrSelector);
  const existing = handles.get(form);
  if (existing) return existing;
  const doc = form.ownerDocument;
  const data = form.dataset;
  const locale = options.locale ?? data.saisieLocale ?? (form.closest('[lang]')?.getAttribute('lang') || undefined) ?? 'en';
  const t = (key: string, vars?: Record<string, string>) => translate(UI_MESSAGES, locale, [key], vars, tables.book);
  // The debounce is the verifier's alone (the rules run at once): a value must rest this long before it is sent.
  const store = createForm({ fields: {}, debounceMs: options.verifyDebounceMs ?? 300 });
  const cleanups: Array<() => void> = [];

  const live = doc.createElement('div');
  live.className = 'saisie-live';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  form.append(live);
  const summary = createErrorSummary(form, (label, message) => t('ui.summary.item', { label, message }));
  const originalNoValidate = form.noValidate;
  form.noValidate = true; // saisie owns constraint validation: its messages, in the page's language, and its summary

  const write = (el: Control, value: string) => writeValue(el, value, { change: true });
  // Asked several times per keystroke (formatting, the phone and postal rules): resolved once per country value.
  const countries = new Map<string, FieldCountry>();
  const country = (section: string, el?: Control): FieldCountry => {
    const own = el?.getAttribute('data-saisie-country') ?? undefined; // cheaper than dataset's lookup, and this runs per keystroke
    const field = registry.field('country', section)?.element;
    const key = field ? `${section}\u0000${own ?? ''}\u0000${field.value}\u0000${(field as HTMLSelectElement).selectedIndex}` : `${section}\u0000${own ?? ''}`;
    let found = countries.get(key);
    if (!found) {
      if (countries.size > 50) countries.clear(); // a country typed letter by letter: keep the cache small
      found = resolveCountry([own ? findCountry(own, tables.country) : undefined, readCountryField(field, tables.country)], options.country ?? data.saisieCountry, [locale, doc.documentElement.lang], doc, tables.country);
      countries.set(key, found);
    }
    return found;
  };
  const pointer = holdPointer(doc, () => registry.render());
  const registry = createFieldRegistry({
    form,
    locale,
    store,
    roles: createRoleTable(options.roles, tables),
    formatPhone: (text, cc) => formatPhoneAsYouType(text, cc, tables.phone),
    book: tables.book,
    customRoles: new Set(Object.keys(options.roles ?? {})),
    summary,
    live,
    warnDelay: options.warnDelayMs ?? 700,
    showInfo: options.showInfo,
    country,
    held: pointer.held,
    applyLabel: (s) => t('ui.apply', { suggestion: s }),
    write,
  });
  registry.sync();
  const gate = createSubmitGate({ form, store, registry, summary, t, replaceValues: options.replaceValues ?? isOn(data.saisieReplaceValues), waitMs: options.verifyWaitMs ?? 3000 });
  cleanups.push(observeFields(form, registry.sync), bindSubmit(form, gate.decide));

  const handle: AttachHandle = {
    form,
    async validate() {
      registry.settleAll();
      const snap = await store.validate();
      registry.render(true);
      return { ...gate.collect(), valid: snap.valid };
    },
    values: () => gate.collect().values,
    on(type, listener) {
      const l = (e: Event) => listener((e as CustomEvent).detail);
      form.addEventListener(`saisie:${type}`, l);
      return () => form.removeEventListener(`saisie:${type}`, l);
    },
    destroy() {
      if (handles.get(form) !== handle) return;
      handles.delete(form);
      cleanups.splice(0).reverse().forEach((c) => c());
      pointer.stop();
      registry.destroy();
      gate.destroy();
      store.destroy();
      summary.destroy();
      live.remove();
      form.noValidate = originalNoValidate;
    },
  };
  handles.set(form, handle);

  const ctx: AttachContext = {
    form,
    locale,
    store,
    fields: registry.fields,
    field: registry.field,
    country: (section = '') => country(section),
    write,
    onFieldsChange: registry.onChange,
    verifyWith(of) {
      registry.verifyWith(of);
      return () => registry.verifyWith(undefined);
    },
  };
  const loading = options.loadData ?? data.saisieLoadData !== 'false';
  const plugins: AttachPlugin[] = loading ? [loadTables(() => (countries.clear(), registry.recheck()), tables), fillCityFromPostalCode(tables)] : [];
  const provider = options.addressProvider;
  if (provider !== undefined && typeof provider?.search !== 'function') {
    throw new TypeError('saisie: attach() option addressProvider must be an object with a search(query, options) method, e.g. createBanProvider().');
  }
  if (provider) plugins.push(later(() => import('./addressAutocomplete.js').then((m) => m.addressAutocomplete(tables, provider, options.addressSearch))));
  // The country combobox: the option, or the form's attribute ("FR,BE,CH" lists those countries first).
  const combo = options.countryCombobox ?? (isOn(data.saisieCountryCombobox) ? { preferred: codesOf(data.saisieCountryCombobox) } : false);
  if (combo) plugins.push(later(() => import('./countryCombobox.js').then((m) => m.countryCombobox(tables, combo === true ? {} : combo))));
  const layout = options.layout ?? isOn(data.saisieLayout);
  if (layout) plugins.push(later(() => import('./followCountry.js').then((m) => m.followCountry(tables, layout === true ? {} : layout))));
  const verifier = options.verifier;
  if (verifier !== undefined && typeof verifier?.verify !== 'function') {
    throw new TypeError('saisie: attach() option verifier must be an object with a verify(kind, value, context) method, e.g. createHttpVerifier({ url }).');
  }
  const strict = (options.verifyStrictness ?? data.saisieVerifyStrictness) === 'strict';
  if (verifier) plugins.push(later(() => import('./verifyFields.js').then((m) => m.verifyFields(tables, verifier, strict))));
  plugins.push(...(options.plugins ?? []));
  for (const plugin of plugins) {
    const cleanup = plugin(ctx);
    if (typeof cleanup === 'function') cleanups.push(cleanup);
  }
  return handle;
}
