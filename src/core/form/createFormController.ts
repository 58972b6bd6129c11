// A form's fields by role, for the framework adapters (React, Vue): the store, the rules by role over the store's own
// values, the feedback policy, as-you-type phone formatting, lazy tables, verification and the submit gate, all
// without a DOM. The adapters only hand it edits and render what it says; attach does the same over elements.
import { createForm, type FieldConfig, type FieldState, type FormSnapshot, type FormStore } from './createForm.js';
import { createFieldFeedback, type FieldFeedback } from './createFieldFeedback.js';
import { createRoleTable, submittedValue, type FieldCountry, type RoleContext, type RoleRule } from './fieldRoles.js';
import { decideSubmit, REPEAT_SUBMIT_MS } from './submitGate.js';
import type { Timers } from './createScheduler.js';
import { DEFAULT_TIMERS } from './createScheduler.js';
import { formatPhoneEdit } from '../caret/formatPhoneEdit.js';
import { formatPhoneAsYouType } from '../phone/formatPhoneAsYouType.js';
import { loadPhoneMetadata } from '../phone/loadPhoneMetadata.js';
import { findCountry, loadCountryNames } from '../country/countryNames.js';
import { getCivilityLanguage } from '../civility/checkCivility.js';
import { loadFirstNames } from '../civility/civilityData.js';
import { loadFrPostal } from '../postal/loadFrPostal.js';
import { getFrPostalKey } from '../postal/getFrPostalKey.js';
import { parseMailbox } from '../email/parseMailbox.js';
import { assertLocale, createIssue, translate, type Catalogs } from '../messages.js';
import { FIELD_CODES } from '../codes.js';
import { createFieldVerify, type VerdictCache } from '../verify/createFieldVerify.js';
import { verifyWholeAddress } from '../verify/verifyWholeAddress.js';
import { verifyCatalogs } from '../verify/verifyCatalogs.js';
import type { Verifier, VerifyKind } from '../verify/types.js';
import type { SaisieData } from '../data.js';
import type { Issue } from '../types.js';

/** A field of a controlled form: its role (`'email'`), or the role with options; `{}` for a field without a rule. */
export type ControlledField = string | { readonly role?: string; readonly required?: boolean; readonly mobile?: boolean };

/** Options of `createFormController` (and of `useSaisieForm` in React and Vue). */
export interface FormControllerOptions {
  /** Language of the messages (BCP 47, default `en`). */
  locale?: string;
  /** Country of phone numbers and postal codes when no `country` field says (ISO 3166-1 alpha-2). */
  country?: string;
  /** Initial values by field name. */
  values?: Readonly<Record<string, string>>;
  verifier?: Verifier;
  /** `strict`: an `invalid` verdict blocks; default `warn`. */
  verifyStrictness?: 'warn' | 'strict';
  verifyDebounceMs?: number;
  /** How long a submit waits for pending verifications before it goes on (ms, default 3000). */
  verifyWaitMs?: number;
  warnDelayMs?: number;
  showInfo?: boolean;
  /** Rules by role replacing or adding saisie's (as attach's `roles`). */
  roles?: Readonly<Record<string, RoleRule | undefined>>;
  timers?: Timers;
  now?: () => number;
}

/** The catalogs a controller needs besides the rules' tables. */
export interface ControllerTables {
  data: SaisieData;
  /** Messages of `field.*` (required…). */
  form: Catalogs;
  /** Messages of the verifiers' codes. */
  verify: Catalogs;
  /** The interface's texts (`ui.apply`…). */
  ui: Catalogs;
}

/** What a submit came to: the normalized values, or why it did not pass (the fields now show why). */
export type SubmitOutcome =
  | { readonly ok: true; readonly values: Record<string, string> }
  | { readonly ok: false; readonly reason: 'block' | 'confirm' | 'busy'; readonly fields: readonly string[] };

/** A field's state for rendering: the store's, and the issues the person sees now. */
export interface ControlledState {
  readonly snapshot: FormSnapshot;
  readonly visible: Readonly<Record<string, readonly Issue[]>>;
  /** What a polite live region says for each field: a suggestion when it appears (the script tag says the same). */
  readonly announce: Readonly<Record<string, string>>;
  /** The summary a stopped submit shows (GOV.UK style, as the script tag's): its problems in field order; undefined once none is left. */
  readonly summary?: SubmitSummary;
}

/** The summary of a submit that did not pass. */
export interface SubmitSummary {
  readonly kind: 'errors' | 'warnings';
  readonly title: string;
  readonly hint: string;
  readonly items: ReadonlyArray<{ readonly name: string; readonly message: string }>;
  /** Counts the submits that showed a summary: a new one takes the focus. */
  readonly shown: number;
}

/** How a mounted field's control takes choices: `choice` for a select or radios (its required message asks to choose). */
export interface MountOptions {
  choice?: boolean;
  /** A checkbox: its value is its own value while ticked, '' otherwise; its required message asks to tick it. */
  check?: boolean;
  /** False when the control must keep the raw text (a maxlength or pattern): no as-you-type formatting. */
  format?: boolean;
}

/** The controller of a form's fields, framework-free. */
export interface FormController {
  readonly locale: string;
  readonly store: FormStore;
  readonly feedback: FieldFeedback;
  /** The declared fields' names, in their order. */
  readonly names: readonly string[];
  /** The role of a declared field ('' for none); throws a `saisie:` error for an undeclared one. */
  role(name: string): string;
  /** Whether a declared field must be filled in. */
  required(name: string): boolean;
  /** A field's control is on the page: it is checked and submitted until `unmount`. Its value stays when unmounted. */
  mount(name: string, options?: MountOptions): void;
  unmount(name: string): void;
  /** What a keystroke or paste would show (formatted) and where the caret would go, changing nothing. */
  formatEdit(name: string, value: string, caret?: number, inputType?: string, composing?: boolean): { value: string; caret: number };
  /** A keystroke or paste: the value to show (formatted) and where the caret goes; `composing` (IME): kept as typed. */
  edit(name: string, value: string, caret?: number, inputType?: string, composing?: boolean): { value: string; caret: number };
  /** A choice (select, radio, checkbox): checked and shown at once. */
  choose(name: string, value: string): void;
  /** The person left the field. */
  leave(name: string): void;
  /** Applies a visible suggestion of `name` (a civility suggestion goes to the civility field); returns the field written. */
  apply(name: string, suggestion: string, pick?: (field: string, suggestion: string) => string | undefined): string | undefined;
  /** A value set by script (initial, prefilled, reset) as the field shows it: a phone number formatted. */
  format(name: string, value: string): string;
  /** A summary item's text: "Email: Enter a valid email address." (the label left out when the message names it). */
  summaryItem(label: string, message: string): string;
  /** The accessible name of a suggestion's button ("Use jean@gmail.com"). */
  applyLabel(suggestion: string): string;
  /** The value a field shows (kept while unmounted). */
  value(name: string): string;
  /** The mounted fields' values, normalized where a rule normalizes (E.164, canonical postal code and civility). */
  values(): Record<string, string>;
  /** Runs the submit gate: errors block, warnings ask once, pending verifications are waited for at most `verifyWaitMs`. */
  submit(): Promise<SubmitOutcome>;
  /**
   * A submit handler's work: the gate, then `fn` once with the normalized values when it passes (nothing else is
   * submitted until `fn` settles), else `focus` on the first field that stops it and `onInvalid`.
   */
  handle(fn: (values: Record<string, string>) => unknown, onInvalid?: (outcome: SubmitOutcome) => unknown, focus?: (name: string) => void): Promise<void>;
  /** Back to the initial values (or `values`), every field pristine, no warning acknowledged. */
  reset(values?: Readonly<Record<string, string>>): void;
  /** While `held()` says a pointer is down, the visible issues wait (nothing moves under it); `release()` shows them. */
  holdWhile(held: () => boolean): void;
  release(): void;
  getState(): ControlledState;
  subscribe(listener: () => void): () => void;
  /** Starts lazy tables (call it once mounted, e.g. in an effect); returns its stop, after which no submit calls its handler. */
  start(): () => void;
  destroy(): void;
}

const VERIFIED: Readonly<Record<string, VerifyKind>> = { email: 'email', phone: 'phone', addressLine1: 'address' };
// Roles without a rule of their own: a country (the phone and postal rules read it), an address line (verified whole).
const PLAIN_ROLES = new Set(['country', 'addressLine1']);

/** Creates the controller of `fields` (name → role, or a list of names that are roles) over `tables`. */
export function createFormController(fields: Readonly<Record<string, ControlledField>> | readonly string[], options: FormControllerOptions = {}, tables: ControllerTables): FormController {
  if (!fields || typeof fields !== 'object') throw new TypeError("saisie: useSaisieForm() takes an object of field name → role, e.g. { email: 'email', phone: 'phone' }.");
  const { data } = tables;
  const roles = createRoleTable(options.roles, data);
  // A list of names (['email', 'phone', 'message']): each field has the role of its name, if there is one.
  if (Array.isArray(fields)) fields = Object.fromEntries((fields as unknown[]).map((n) => [String(n), Object.prototype.hasOwnProperty.call(roles, String(n)) || PLAIN_ROLES.has(String(n)) ? String(n) : {}]));
  const locale = options.locale ?? 'en';
  assertLocale('useSaisieForm', locale);
  if (options.country !== undefined && !/^[a-z]{2}$/i.test(String(options.country).trim())) throw new TypeError("saisie: useSaisieForm(fields, { country }) needs an ISO 3166-1 alpha-2 code such as 'FR'.");
  if (options.verifier !== undefined && typeof options.verifier?.verify !== 'function') throw new TypeError('saisie: useSaisieForm(fields, { verifier }) needs an object with verify(kind, value, context), e.g. createHttpVerifier({ url }).');
  const timers = options.timers ?? DEFAULT_TIMERS;
  const specs = new Map(Object.entries(fields).map(([name, spec]) => {
    const o = typeof spec === 'string' ? { role: spec } : spec && typeof spec === 'object' ? spec : undefined;
    const role = o?.role ?? '';
    if (!o || typeof role !== 'string' || (role !== '' && !PLAIN_ROLES.has(role) && !Object.prototype.hasOwnProperty.call(roles, role))) {
      throw new TypeError(`saisie: useSaisieForm(): the field "${name.slice(0, 40)}" needs a role (${[...PLAIN_ROLES, ...Object.keys(roles)].join(', ')}) or {} for none.`);
    }
    return [name, { role, required: o.required === true, mobile: o.mobile === true }] as const;
  }));
  const spec = (name: string) => {
    const s = specs.get(name);
    if (!s) throw new RangeError(`saisie: unknown field "${String(name).slice(0, 40)}"; declared fields: ${[...specs.keys()].join(', ')}.`);
    return s;
  };
  const store = createForm({ fields: {}, debounceMs: options.verifyDebounceMs ?? 300, timers });
  const keyOf = (role: string) => [...specs].find(([n, s]) => s.role === role && mounted.has(n))?.[0];
  const feedback = createFieldFeedback(store, {
    warnDelayMs: options.warnDelayMs,
    showInfo: options.showInfo,
    timers,
    plausible: (name, value) => roles[specs.get(name)?.role ?? '']?.plausible?.(value) ?? true,
  });
  const kept = new Map<string, string>(Object.entries(options.values ?? {}).filter(([n]) => specs.has(n)).map(([n, v]) => [n, String(v ?? '')]));
  const mounted = new Map<string, MountOptions>();
  let ack = '';
  let busy = false;
  let last = { action: '', at: -Infinity }; // the last submit that asked about warnings or passed
  const now = options.now ?? Date.now;
  let held: () => boolean = () => false;
  let live = true; // false once stopped (unmounted) or destroyed

  const current = (name: string) => store.getSnapshot().fields[name]?.value ?? kept.get(name) ?? '';
  const country = (): FieldCountry => {
    const field = keyOf('country');
    const chosen = field && current(field).trim() ? findCountry(current(field), data.country) : undefined;
    const code = chosen ?? options.country?.trim().toUpperCase();
    // Without one, the locale's region ("fr-CH" → CH) is a guess: a value that fits none warns rather than blocks.
    const region = /^[a-z]{2,3}-([a-z]{2})\b/i.exec(locale)?.[1]?.toUpperCase();
    return code ? { code, guessed: false, candidates: [] } : { code: region, guessed: region !== undefined, candidates: [] };
  };
  const ctx: RoleContext = { locale, country, valueOf: (role) => { const k = keyOf(role); return k ? current(k) : ''; }, keyOf };

  const messages = options.verifier ? verifyCatalogs(data, tables.verify) : {};
  const cache: VerdictCache = new Map();
  const config = (name: string): FieldConfig => {
    const { role, required, mobile } = spec(name);
    const rule = role && !PLAIN_ROLES.has(role) ? roles[role]?.config(ctx) : undefined;
    const kind = VERIFIED[role];
    const address = kind === 'address';
    const read = (r: string) => ctx.valueOf(r);
    const verifier = options.verifier && address ? verifyWholeAddress(options.verifier, () => read('postalCode'), () => read('city')) : options.verifier;
    const verify = verifier && kind ? createFieldVerify({
      verifier, kind, strict: options.verifyStrictness === 'strict', locale, messages, book: data.book, cache,
      context: () => {
        const c = country();
        // Only a chosen country for an address (a guessed one could send it to the wrong provider); a phone's value is E.164 already.
        const code = address && c.guessed ? undefined : c.code;
        const fields = { locale, ...(address ? { postalCode: read('postalCode').trim(), city: read('city').trim() } : mobile ? { phoneType: 'mobile' } : {}) };
        return { ...(code && { country: code }), fields, field: name };
      },
    }) : undefined;
    return {
      ...rule,
      ...(verify && { verify }),
      ...(verify && address && { dependsOn: [keyOf('postalCode'), keyOf('city')].filter((k): k is string => k !== undefined) }),
      required,
      check: (v, values) => {
        if (required && v.trim() === '') {
          const how = mounted.get(name);
          const reason = how?.check ? 'check' : how?.choice ? 'choice' : undefined;
          return { valid: false, value: v, issues: [createIssue(FIELD_CODES, { messages: tables.form, book: data.book }, locale, 'field.required', reason ? { params: { reason } } : {})] };
        }
        return rule?.check?.(v, values);
      },
    };
  };
  // Each mounted field's config, made again when the mounted fields change (a role's field came or went) or tables came.
  const configs = new Map<string, FieldConfig>();
  const recheck = (except?: string) => {
    for (const name of mounted.keys()) if (name !== except) store.setField(name, configs.set(name, config(name)).get(name)!);
  };

  let state: ControlledState | undefined;
  let shownBefore: Readonly<Record<string, readonly Issue[]>> = {};
  let said: Readonly<Record<string, string>> = {};
  let summarized: { kind: 'errors' | 'warnings'; shown: number } | undefined;
  const ui = (key: string) => translate(tables.ui, locale, [key], {}, data.book);
  const summaryOf = (s: { kind: 'errors' | 'warnings'; shown: number }, visible: Readonly<Record<string, readonly Issue[]>>): SubmitSummary | undefined => {
    const wanted = s.kind === 'errors' ? 'error' : 'warning';
    const items = [...specs.keys()].flatMap((name) => (visible[name] ?? []).filter((i) => i.severity === wanted).map((i) => ({ name, message: i.message })));
    if (items.length === 0) return undefined;
    return { kind: s.kind, title: ui(`ui.summary.${s.kind}`), hint: s.kind === 'warnings' ? ui('ui.summary.warnings-hint') : '', items, shown: s.shown };
  };
  const listeners = new Set<() => void>();
  const changed = () => {
    state = undefined;
    for (const l of [...listeners]) l();
  };
  const offStore = store.subscribe(changed);
  const offFeedback = feedback.subscribe(changed);

  const settleDependents = (name: string) => {
    for (const other of mounted.keys()) if (other !== name && configs.get(other)?.dependsOn?.includes(name) && current(other).trim() !== '') feedback.settle(other);
  };
  const set = (name: string, value: string) => {
    if (!mounted.has(name)) return void kept.set(name, value);
    store.setValue(name, value);
    settleDependents(name);
  };

  const controller: FormController = {
    locale,
    store,
    feedback,
    names: [...specs.keys()],
    role: (name) => spec(name).role,
    required: (name) => spec(name).required,
    mount(name, o = {}) {
      spec(name);
      const again = mounted.has(name);
      mounted.set(name, o);
      if (again) return;
      store.setField(name, configs.set(name, config(name)).get(name)!, controller.format(name, kept.get(name) ?? ''));
      // Fields whose rules read this one (a first name and its civility, a phone and its country) see it now.
      recheck(name);
    },
    unmount(name) {
      if (!mounted.has(name)) return;
      kept.set(name, current(name));
      mounted.delete(name);
      configs.delete(name);
      store.removeField(name);
      recheck();
    },
    formatEdit(name, raw, caret, inputType = '', composing = false) {
      const { role } = spec(name);
      let value = typeof raw === 'string' ? raw : String(raw ?? '');
      let at = caret ?? value.length;
      // A pasted mailbox ("Jean Dupont" <jean@exemple.fr>) keeps its address, visibly, in the field.
      if (role === 'email' && !composing && value.includes('<')) {
        const mailbox = parseMailbox(value);
        if (mailbox && mailbox.address !== value) at = (value = mailbox.address).length;
      }
      if (role === 'phone' && !composing && mounted.get(name)?.format !== false) {
        ({ value, caret: at } = formatPhoneEdit(current(name), value, at, inputType, (text) => formatPhoneAsYouType(text, country().code, data.phone)));
      }
      return { value, caret: at };
    },
    edit(name, raw, caret, inputType = '', composing = false) {
      const shown = controller.formatEdit(name, raw, caret, inputType, composing);
      if (shown.value !== current(name)) {
        feedback.input(name);
        set(name, shown.value);
      }
      return shown;
    },
    choose(name, value) {
      spec(name);
      set(name, String(value ?? ''));
      if (mounted.has(name)) feedback.settle(name);
    },
    leave(name) {
      spec(name);
      if (mounted.has(name)) feedback.settle(name);
    },
    apply(name, suggestion, pick) {
      const issue = feedback.visible(name).find((i) => i.suggestion === suggestion);
      if (!issue) return undefined;
      // A civility suggestion fixes the civility field, not the first name it is shown on.
      const target = issue.code === 'civility.mismatch' ? keyOf('civility') : name;
      if (!target) return undefined;
      const value = pick ? pick(target, suggestion) : suggestion;
      if (value === undefined) return undefined;
      controller.choose(target, value);
      if (target !== name) feedback.settle(name);
      return target;
    },
    format(name, value) {
      const text = typeof value === 'string' ? value : String(value ?? '');
      return spec(name).role === 'phone' && mounted.get(name)?.format !== false && text !== '' ? formatPhoneAsYouType(text, country().code, data.phone) : text;
    },
    summaryItem: (label, message) => (label && !message.includes(label) ? translate(tables.ui, locale, ['ui.summary.item'], { label, message }, data.book) : message),
    applyLabel: (suggestion) => translate(tables.ui, locale, ['ui.apply'], { suggestion }, data.book),
    value: current,
    values() {
      const snap = store.getSnapshot();
      const out: Record<string, string> = {};
      for (const name of specs.keys()) {
        const f: FieldState | undefined = snap.fields[name];
        if (!f) continue;
        out[name] = submittedValue(spec(name).role, f);
      }
      return out;
    },
    async submit() {
      if (busy || (last.action !== '' && now() - last.at < REPEAT_SUBMIT_MS)) return { ok: false, reason: 'busy', fields: [] };
      busy = true;
      try {
        feedback.settleAll();
        const validating = store.validate(); // sync rules apply at once; only verifiers stay pending
        let gate = decideSubmit(store.getSnapshot(), ack);
        if (gate.action === 'wait') {
          let timer: unknown;
          await Promise.race([validating, new Promise<void>((resolve) => (timer = timers.setTimeout(() => resolve(), options.verifyWaitMs ?? 3000)))]);
          timers.clearTimeout(timer);
          gate = decideSubmit(store.getSnapshot(), ack, true);
        }
        if (gate.action !== 'pass') {
          summarized = { kind: gate.action === 'block' ? 'errors' : 'warnings', shown: (summarized?.shown ?? 0) + 1 };
          changed();
        }
        if (gate.action === 'block') return { ok: false, reason: 'block', fields: gate.fields };
        if (gate.action === 'confirm') {
          ack = gate.signature; // warnings ask once: the next submit of the same values goes through
          last = { action: 'confirm', at: now() };
          return { ok: false, reason: 'confirm', fields: gate.fields };
        }
        last = { action: 'pass', at: now() };
        if (summarized) {
          summarized = undefined;
          changed();
        }
        return { ok: true, values: controller.values() };
      } finally {
        busy = false;
      }
    },
    async handle(fn, onInvalid, focus) {
      if (busy) return;
      const outcome = await controller.submit();
      if (!live) return; // the form went away while the submit waited (a verification): nothing is submitted
      if (outcome.ok) {
        busy = true; // one submission at a time: a second click while fn runs does nothing
        try {
          await fn(outcome.values);
        } finally {
          busy = false;
        }
      } else if (outcome.reason !== 'busy') {
        if (outcome.fields[0] !== undefined) focus?.(outcome.fields[0]);
        await onInvalid?.(outcome);
      }
    },
    reset(values) {
      ack = '';
      summarized = undefined;
      last = { action: '', at: -Infinity };
      const initial = values ?? options.values ?? {};
      for (const name of specs.keys()) kept.set(name, String(initial[name] ?? ''));
      // Each mounted field again from scratch: untouched, nothing shown.
      for (const name of [...mounted.keys()]) {
        store.removeField(name);
        store.setField(name, configs.get(name)!, controller.format(name, kept.get(name)!));
      }
      feedback.reset();
    },
    holdWhile(fn) {
      held = fn;
    },
    release() {
      if (!held()) changed();
    },
    getState() {
      if (state) return state;
      const snapshot = store.getSnapshot();
      // Under a pressed pointer, fields keep showing what they showed (their values are always current).
      const visible: Record<string, readonly Issue[]> = {};
      const announce: Record<string, string> = {};
      const before = held() ? shownBefore : undefined;
      for (const name of Object.keys(snapshot.fields)) {
        visible[name] = before ? (before[name] ?? []) : feedback.visible(name);
        const suggestion = visible[name]!.find((i) => i.suggestion);
        const known = suggestion && (shownBefore[name] ?? []).some((i) => i.suggestion === suggestion.suggestion);
        announce[name] = !suggestion ? '' : known ? (said[name] ?? '') : suggestion.message;
      }
      if (!before) shownBefore = visible;
      said = announce;
      return (state = { snapshot, visible, announce, ...(summarized && { summary: summaryOf(summarized, visible) }) });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    start() {
      let alive = true;
      live = true;
      const started = new Set<string>();
      const once = (key: string, load: () => Promise<boolean>, jobs: Promise<boolean>[]) => {
        if (started.has(key)) return;
        started.add(key);
        jobs.push(load().catch(() => false));
      };
      let seen = '';
      const run = () => {
        const roleList = [...mounted.keys()].map((n) => spec(n).role);
        const c = country().code;
        const civility = keyOf('civility');
        const postal = keyOf('postalCode');
        const signature = [roleList.join(), c, civility && current(civility), postal && getFrPostalKey(current(postal))].join('\u0000');
        if (signature === seen) return;
        seen = signature;
        const jobs: Promise<boolean>[] = [];
        if (c && roleList.includes('phone')) once(`phone:${c}`, () => loadPhoneMetadata(c, data.phone), jobs);
        const languages = new Set([locale.slice(0, 2).toLowerCase(), (civility && getCivilityLanguage(current(civility), data.civility)) || '']);
        if (roleList.includes('firstName')) for (const lang of languages) if (lang) once(`names:${lang}`, () => loadFirstNames(lang, data.civility), jobs);
        if (roleList.includes('country')) for (const lang of [...languages, 'en']) if (lang) once(`countries:${lang}`, () => loadCountryNames(lang, data.country), jobs);
        const fr = data.frPostal;
        const key = postal && getFrPostalKey(current(postal));
        if (fr && key && roleList.includes('city')) once(`fr-postal:${key}`, () => loadFrPostal(current(postal!), fr, fr.load ?? data.country.load), jobs);
        if (jobs.length) void Promise.all(jobs).then((loaded) => alive && loaded.some(Boolean) && recheck());
      };
      run();
      const off = store.subscribe(run);
      return () => {
        alive = false;
        live = false;
        off();
      };
    },
    destroy() {
      live = false;
      offStore();
      offFeedback();
      feedback.destroy();
      store.destroy();
      listeners.clear();
    },
  };
  return controller;
}
