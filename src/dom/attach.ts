// attach(form): binds saisie's rules to an existing form without rewriting it; destroy() restores it exactly.
// A composition of parts: discovery (discoverFields, observeFields), rules by role (core fieldRoles), when issues
// show (core feedbackPolicy), the submit gate (core submitGate, bindSubmit), rendering (renderField) and plugins.
import { createForm, type FieldConfig, type FieldState } from '../core/form/createForm.js';
import { createRoleTable, type FieldCountry, type RoleContext, type RoleRule } from '../core/form/fieldRoles.js';
import { feedbackOnInput, feedbackOnPause, feedbackOnSettle, PRISTINE, visibleIssues, type Feedback } from '../core/form/feedbackPolicy.js';
import { decideSubmit } from '../core/form/submitGate.js';
import { translate } from '../core/messages.js';
import { findCountry } from '../core/country/index.js';
import { parseMailbox } from '../core/email/index.js';
import type { Issue } from '../core/types.js';
import { UI_MESSAGES } from '../locales/ui.js';
import { discoverFields } from './discoverFields.js';
import { observeFields } from './observeFields.js';
import { bindField, readValue } from './bindField.js';
import { bindPhoneFormatting } from './bindPhoneFormatting.js';
import { bindSubmit, type SubmitVerdict } from './bindSubmit.js';
import { collectValues } from './collectValues.js';
import { createErrorSummary } from './createErrorSummary.js';
import { createFieldView, type FieldView } from './renderField.js';
import { holdPointer } from './holdPointer.js';
import { loadTables } from './loadTables.js';
import { readCountryField, resolveCountry } from './countryOf.js';
import { hasConstraints, readConstraintIssue, type Control } from './readConstraints.js';
import { writeValue } from './writeValue.js';
import type { AttachContext, AttachPlugin, BoundField } from './plugin.js';

export { countryOfLocale } from './countryOf.js';

/** Options of `attach`; locale, country, replace-values and load-data may also be set on the form as `data-saisie-*`. */
export interface AttachOptions {
  /** Language of messages; default: the form's `lang`, then `<html lang>`, then English. */
  locale?: string;
  /** Country for phone and postal rules when the form has no country field. */
  country?: string;
  /** On a passing submit, write the normalized values (E.164 phone…) into the inputs before the browser sends them. Default false. */
  replaceValues?: boolean;
  /** Show `info` issues (webmail, role address) as well. Default false. */
  showInfo?: boolean;
  /** Pause after typing before a warning shows (ms, default 700). */
  warnDelayMs?: number;
  /** Load the lazy tables the form needs (first names, full phone metadata, country names). Default true. */
  loadData?: boolean;
  /** Rules by role: replace a built-in one, add one for `data-saisie-role="yours"`, or `undefined` to turn one off. */
  roles?: Readonly<Record<string, RoleRule | undefined>>;
  /** Plugins (autocomplete, verification, your own), set up after saisie's own parts. */
  plugins?: readonly AttachPlugin[];
}

/** What `saisie:submit` carries: what the form would post (normalized where a rule normalizes) and every field's issues. */
export interface SubmitDetail {
  values: Record<string, string>;
  issues: Record<string, Issue[]>;
}

/** The handle `attach` returns. */
export interface AttachHandle {
  readonly form: HTMLFormElement;
  /** Checks every field now, shows what is wrong, and resolves with the values and issues. */
  validate(): Promise<SubmitDetail & { valid: boolean }>;
  /** What the form would post now, normalized where a rule normalizes. */
  values(): Record<string, string>;
  /** Listens to `saisie:submit` (or any `saisie:*` event); returns the function that stops listening. */
  on(type: 'submit', listener: (detail: SubmitDetail) => void): () => void;
  /** Unbinds everything and restores the form exactly as it was. */
  destroy(): void;
}

declare global {
  interface HTMLElementEventMap {
    /** A form saisie is attached to passed its checks and is about to submit; cancel it to submit yourself. */
    'saisie:submit': CustomEvent<SubmitDetail>;
  }
}

interface Bound extends BoundField {
  readonly group?: HTMLInputElement[];
  config: FieldConfig;
  feedback: Feedback;
  visible: Issue[];
  view: FieldView;
  timer?: ReturnType<typeof setTimeout>;
  rendered?: { state: FieldState; feedback: Feedback };
  unbind: () => void;
}

const handles = new WeakMap<HTMLFormElement, AttachHandle>();
const NORMALIZING = new Set(['email', 'phone', 'postalCode', 'civility']);
const TEXT_LIKE = /^(?:tel|text|search)$/;

function resolveForm(formOrSelector: HTMLFormElement | string): HTMLFormElement {
  const el = typeof formOrSelector === 'string' ? document.querySelector(formOrSelector) : formOrSelector;
  if (!el || el.nodeName !== 'FORM') {
    throw new TypeError(`saisie: attach() needs a <form> element or a selector that matches one; got ${typeof formOrSelector === 'string' ? JSON.stringify(formOrSelector.slice(0, 60)) : String(el)}.`);
  }
  return el as HTMLFormElement;
}

/** The controls to bind: role fields first, then radio groups and controls that carry native constraints. */
function discover(form: HTMLFormElement, customRoles: ReadonlySet<string>): Array<{ element: Control; role: string; section: string; group?: HTMLInputElement[] }> {
  const found: Array<{ element: Control; role: string; section: string; group?: HTMLInputElement[] }> = discoverFields(form, customRoles);
  const seen = new Set<Element>(found.map((f) => f.element));
  const radios = new Map<string, HTMLInputElement[]>();
  for (const el of Array.from(form.elements)) {
    if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) || seen.has(el)) continue;
    if (el.closest('[data-saisie="off"]') || (el instanceof HTMLInputElement && /^(?:hidden|submit|button|reset|image)$/.test(el.type))) continue;
    if (el instanceof HTMLInputElement && el.type === 'radio') {
      if (el.name) radios.set(el.name, [...(radios.get(el.name) ?? []), el]);
    } else if (hasConstraints(el)) found.push({ element: el, role: '', section: '' });
  }
  for (const group of radios.values()) if (group.some((r) => r.required)) found.push({ element: group[0]!, role: '', section: '', group });
  return found;
}

/** Binds saisie to a form (element or selector): live formatting, suggestions, accessible messages, submit gate. */
export function attach(formOrSelector: HTMLFormElement | string, options: AttachOptions = {}): AttachHandle {
  const form = resolveForm(formOrSelector);
  const existing = handles.get(form);
  if (existing) return existing;
  const doc = form.ownerDocument;
  const data = form.dataset;
  const locale = options.locale ?? data.saisieLocale ?? (form.closest('[lang]')?.getAttribute('lang') || undefined) ?? 'en';
  const replaceValues = options.replaceValues ?? data.saisieReplaceValues === 'true';
  const warnDelay = options.warnDelayMs ?? 700;
  const roles = createRoleTable(options.roles);
  const customRoles = new Set(Object.keys(options.roles ?? {}));
  const t = (key: string, vars?: Record<string, string>) => translate(UI_MESSAGES, locale, [key], vars);
  const store = createForm({ fields: {}, debounceMs: 0 });
  const cleanups: Array<() => void> = [];
  const fieldListeners = new Set<() => void>();
  let bound: Bound[] = [];
  let destroyed = false;
  let acknowledged = '';
  let deferred = false;

  const fieldOf = (role: string, section = '') => bound.find((b) => b.role === role && b.section === section) ?? bound.find((b) => b.role === role);
  const countryOf = (section: string, el?: Control): FieldCountry => {
    const own = el?.dataset.saisieCountry;
    return resolveCountry([own ? findCountry(own) : undefined, readCountryField(fieldOf('country', section)?.element)], options.country ?? data.saisieCountry, [locale, doc.documentElement.lang], doc);
  };
  const valueOf = (b: Bound) => readValue(b.element, b.group);
  const write = (el: Control, value: string) => writeValue(el, value, { change: true });

  // Rules by role, wrapped so native constraints (required, minlength, pattern…) come first, as the browser's would.
  const configFor = (b: Bound): FieldConfig => {
    const ctx: RoleContext = {
      locale,
      country: () => countryOf(b.section, b.element),
      valueOf: (role) => {
        const f = fieldOf(role, b.section);
        return f ? valueOf(f) : '';
      },
      keyOf: (role) => fieldOf(role, b.section)?.key,
    };
    const rule = b.role ? roles[b.role]?.config(ctx) : undefined;
    return {
      ...rule,
      required: b.group ? b.group.some((r) => r.required) : b.element.required,
      check: (v, values) => {
        const broken = readConstraintIssue(b.element, locale);
        return broken ? { valid: false, value: v, issues: [broken] } : rule?.check?.(v, values);
      },
    };
  };
  const recheck = () => {
    for (const b of bound) store.setField(b.key, (b.config = configFor(b)));
  };

  const live = doc.createElement('div');
  live.className = 'saisie-live';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  form.append(live);
  const summary = createErrorSummary(form);
  const addedIds: HTMLElement[] = [];
  const originalNoValidate = form.noValidate;
  form.noValidate = true; // saisie owns constraint validation: its messages, in the page's language, and its summary

  const plausible = (b: Bound) => roles[b.role]?.plausible?.(valueOf(b)) ?? true;
  const pointer = holdPointer(doc, () => deferred && render());
  const render = (force = false) => {
    if (destroyed) return;
    if (pointer.held() && !force) {
      deferred = true; // nothing moves under a pressed pointer
      return;
    }
    deferred = false;
    const snap = store.getSnapshot();
    let changed = false;
    for (const b of bound) {
      const state = snap.fields[b.key];
      if (!state || (b.rendered?.state === state && b.rendered.feedback === b.feedback)) continue;
      changed = true;
      b.rendered = { state, feedback: b.feedback };
      const before = b.visible;
      b.visible = visibleIssues(state.issues, b.feedback, plausible(b), options.showInfo);
      b.view.render(b.visible);
      const suggestion = b.visible.find((i) => i.suggestion);
      if (suggestion && !before.some((i) => i.suggestion === suggestion.suggestion)) live.textContent = suggestion.message;
    }
    if (changed) summary.refresh(bound.map((b) => ({ element: b.element, issues: b.visible })));
  };

  const applySuggestion = (b: Bound, value: string, issue: Issue) => {
    // A civility suggestion fixes the civility field, not the first name it is shown on.
    const target = issue.code === 'civility.mismatch' ? fieldOf('civility', b.section) : b;
    const el = target?.element;
    if (!el) return;
    if (el instanceof HTMLSelectElement) {
      const option = Array.from(el.options).find((o) => o.value === value || o.text.trim() === value);
      if (!option) return;
      write(el, option.value);
    } else write(el, value);
    el.focus();
  };

  const onEdit = (b: Bound, kind: 'input' | 'choice') => {
    const value = valueOf(b);
    // A pasted mailbox ("Jean Dupont" <jean@exemple.fr>) keeps its address, visibly, in the field.
    if (b.role === 'email' && value.includes('<')) {
      const mailbox = parseMailbox(value);
      if (mailbox && mailbox.address !== value) return write(b.element, mailbox.address);
    }
    if (value === store.getSnapshot().fields[b.key]?.value) return; // already seen (re-dispatched input, change)
    store.setValue(b.key, value);
    b.feedback = feedbackOnInput(b.feedback, b.visible);
    clearTimeout(b.timer);
    if (kind === 'choice') b.feedback = feedbackOnSettle(b.feedback, value);
    else
      b.timer = setTimeout(() => {
        b.feedback = feedbackOnPause(b.feedback);
        render();
      }, warnDelay);
    // A field that depends on this one (phone and postal code on the country) shows what the change causes.
    for (const d of bound) {
      const dependent = d !== b && d.config.dependsOn?.includes(b.key) ? valueOf(d) : '';
      if (dependent.trim() !== '') d.feedback = feedbackOnSettle(d.feedback, dependent, true);
    }
    render();
  };
  const onLeave = (b: Bound) => {
    b.feedback = feedbackOnSettle(b.feedback, valueOf(b));
    render();
  };

  const usedKeys = () => new Set(bound.map((b) => b.key));
  const bindOne = (f: { element: Control; role: string; section: string; group?: HTMLInputElement[] }, keys: Set<string>): Bound => {
    const base = f.role ? (f.section ? `${f.section}:` : '') + f.role : `control:${f.group?.[0]?.name || f.element.name || f.element.id || 'field'}`;
    let key = base;
    for (let n = 2; keys.has(key); n++) key = `${base}#${n}`;
    keys.add(key);
    const b = { ...f, key, feedback: PRISTINE, visible: [] as Issue[], config: {} } as unknown as Bound;
    b.view = createFieldView(b.element, b.group, (s) => t('ui.apply', { suggestion: s }), (s, issue) => applySuggestion(b, s, issue));
    const unbinders = [bindField(b.element, b.group, { edit: (kind) => onEdit(b, kind), leave: () => onLeave(b) })];
    // Selection APIs throw on type=number/email: only text-like inputs are formatted as typed.
    if (b.role === 'phone' && b.element instanceof HTMLInputElement && TEXT_LIKE.test(b.element.type)) unbinders.unshift(bindPhoneFormatting(b.element, () => countryOf(b.section, b.element).code));
    b.unbind = () => {
      clearTimeout(b.timer);
      unbinders.forEach((u) => u());
    };
    return b;
  };
  const unbindOne = (b: Bound) => {
    b.unbind();
    b.view.destroy();
    store.removeField(b.key);
  };

  // Discovery, now and whenever the page adds, removes or replaces controls.
  const sync = () => {
    if (destroyed) return;
    const found = discover(form, customRoles);
    const keep = new Map(found.map((f) => [f.element, f]));
    const gone = bound.filter((b) => keep.get(b.element)?.role !== b.role || !b.element.isConnected);
    for (const b of gone) unbindOne(b);
    bound = bound.filter((b) => !gone.includes(b));
    const keys = usedKeys();
    const known = new Set<Element>(bound.map((b) => b.element));
    const added = found.filter((f) => !known.has(f.element)).map((f) => bindOne(f, keys));
    if (gone.length === 0 && added.length === 0) return;
    bound = [...bound, ...added];
    for (const b of bound) store.setField(b.key, (b.config = configFor(b)), valueOf(b));
    render();
    summary.refresh(bound.map((b) => ({ element: b.element, issues: b.visible }))); // no link to a field that left
    fieldListeners.forEach((l) => l());
  };
  sync();
  cleanups.push(observeFields(form, sync), store.subscribe(() => render()));

  const normalizedValues = () => {
    const snap = store.getSnapshot();
    return bound
      .filter((b) => NORMALIZING.has(b.role) && b.element.name && snap.fields[b.key]?.valid && valueOf(b).trim() !== '')
      .map((b) => ({ name: b.element.name, value: snap.fields[b.key]!.normalized, element: b.element }));
  };
  const collect = (submitter?: HTMLElement | null): SubmitDetail => {
    const snap = store.getSnapshot();
    const issues = Object.create(null) as Record<string, Issue[]>;
    for (const b of bound) issues[b.element.name || b.element.id || b.key] = [...(snap.fields[b.key]?.issues ?? [])];
    return { values: collectValues(form, submitter, normalizedValues()), issues };
  };
  const settleAll = () => {
    for (const b of bound) {
      store.setValue(b.key, valueOf(b));
      b.feedback = feedbackOnSettle(b.feedback, valueOf(b), true);
    }
  };
  const ensureId = (el: HTMLElement) => {
    if (el.id) return;
    el.id = `saisie-field-${Math.random().toString(36).slice(2, 10)}`;
    addedIds.push(el);
  };

  const decide = (e: SubmitEvent, resumed: boolean): SubmitVerdict => {
    if (destroyed) return 'pass';
    let validating: Promise<unknown> | undefined;
    if (!resumed) {
      settleAll();
      validating = store.validate(); // sync rules apply at once; only verifiers stay pending
    }
    render(true);
    const gate = decideSubmit(store.getSnapshot(), acknowledged);
    if (gate.action === 'wait') return { wait: validating ?? store.validate() };
    if (gate.action !== 'pass') {
      for (const b of bound) if (b.visible.length) ensureId(b.element);
      render(true);
      if (gate.action === 'confirm') acknowledged = gate.signature; // warnings ask once: the next submit goes through
      summary.show(gate.action === 'block' ? 'errors' : 'warnings', t(gate.action === 'block' ? 'ui.summary.errors' : 'ui.summary.warnings'), gate.action === 'block' ? '' : t('ui.summary.warnings-hint'));
      return 'block';
    }
    summary.hide();
    const event = new CustomEvent<SubmitDetail>('saisie:submit', { detail: collect(e.submitter), cancelable: true, bubbles: true });
    if (!form.dispatchEvent(event)) e.preventDefault(); // the page submits itself; other listeners still see the event
    else if (replaceValues) for (const n of normalizedValues()) if (n.element.value !== n.value) writeValue(n.element, n.value, { input: false, change: true });
    return 'pass';
  };
  cleanups.push(bindSubmit(form, decide));

  const handle: AttachHandle = {
    form,
    async validate() {
      settleAll();
      const snap = await store.validate();
      render(true);
      return { ...collect(), valid: snap.valid };
    },
    values: () => collect().values,
    on(type, listener) {
      const l = (e: Event) => listener((e as CustomEvent<SubmitDetail>).detail);
      form.addEventListener(`saisie:${type}`, l);
      return () => form.removeEventListener(`saisie:${type}`, l);
    },
    destroy() {
      if (handles.get(form) !== handle) return;
      handles.delete(form);
      destroyed = true;
      cleanups.splice(0).reverse().forEach((c) => c());
      pointer.stop();
      for (const b of bound) {
        b.unbind();
        b.view.destroy();
      }
      bound = [];
      store.destroy();
      summary.destroy();
      live.remove();
      for (const el of addedIds) el.removeAttribute('id');
      form.noValidate = originalNoValidate;
    },
  };
  handles.set(form, handle);

  const ctx: AttachContext = {
    form,
    locale,
    store,
    fields: () => bound,
    field: fieldOf,
    country: (section = '') => countryOf(section),
    write,
    onFieldsChange(listener) {
      fieldListeners.add(listener);
      return () => void fieldListeners.delete(listener);
    },
  };
  const plugins: AttachPlugin[] = [...(options.loadData ?? data.saisieLoadData !== 'false' ? [loadTables(recheck)] : []), ...(options.plugins ?? [])];
  for (const plugin of plugins) {
    const cleanup = plugin(ctx);
    if (typeof cleanup === 'function') cleanups.push(cleanup);
  }
  return handle;
}
