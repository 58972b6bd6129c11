// The fields of one attached form: found (and found again as the page changes), bound to the store with their
// rules, and rendered with the feedback policy. attach composes it with the submit gate and plugins.
import type { FieldConfig, FieldState, FormStore } from '../core/form/createForm.js';
import type { FieldCountry, RoleContext, RoleTable } from '../core/form/fieldRoles.js';
import { feedbackOnInput, feedbackOnPause, feedbackOnResult, feedbackOnSettle, PRISTINE, visibleIssues, type Feedback } from '../core/form/feedbackPolicy.js';
import { parseMailbox } from '../core/email/index.js';
import type { Issue } from '../core/types.js';
import type { MessageBook } from '../core/messages.js';
import { discoverFields, roleFromWords } from './discoverFields.js';
import { bindField, readValue } from './bindField.js';
import { bindPhoneFormatting, type PhoneFormatting } from './bindPhoneFormatting.js';
import type { ErrorSummary } from './createErrorSummary.js';
import { createFieldView, type FieldView } from './renderField.js';
import { hasConstraints, readConstraintIssue, type Control } from './readConstraints.js';
import type { BoundField } from './plugin.js';
import { writeChecked } from './writeValue.js';

/** A bound field with its rule config, feedback state and view. */
export interface Bound extends BoundField {
  config: FieldConfig;
  feedback: Feedback;
  visible: Issue[];
  view: FieldView;
  rendered?: { state: FieldState; feedback: Feedback };
  unbind: () => void;
}

/** What the registry needs from attach. */
export interface RegistryOptions {
  form: HTMLFormElement;
  locale: string;
  store: FormStore;
  roles: RoleTable;
  customRoles: ReadonlySet<string>;
  summary: ErrorSummary;
  live: HTMLElement;
  warnDelay: number;
  showInfo?: boolean;
  country(section: string, el?: Control): FieldCountry;
  /** True while a pointer is down: renders wait (nothing moves under it). */
  held(): boolean;
  applyLabel(suggestion: string): string;
  write(el: Control, value: string): void;
  /** As-you-type phone formatting over the form's phone tables. */
  formatPhone(text: string, country: string | undefined): string;
  /** The messages the entry adds or overrides. */
  book?: MessageBook;
}

/** The registry of an attached form's fields. */
export interface FieldRegistry {
  fields(): readonly Bound[];
  field(role: string, section?: string): Bound | undefined;
  valueOf(b: Bound): string;
  /** Finds fields again: binds the new, drops the gone. */
  sync(): void;
  /** Runs every rule again (tables arrived). */
  recheck(): void;
  /** Shows what changed; `force` even under a pressed pointer (a submit). */
  render(force?: boolean): void;
  /** Takes every field's current value and shows everything (a submit, `validate()`). */
  settleAll(): void;
  /** Brings the store up to what the fields show (checks waiting for a pause), showing nothing new. */
  current(): void;
  onChange(listener: () => void): () => void;
  /** Sets what verifies each field (a verifier plugin), and checks every field again with it. */
  verifyWith(of: VerifyOf | undefined): void;
  destroy(): void;
}

/** A field's verification: the store's `verify`, and the fields whose change verifies it again. */
export type VerifyOf = (field: BoundField) => Pick<FieldConfig, 'verify' | 'dependsOn'> | undefined;

type Found = { element: Control; role: string; section: string; group?: HTMLInputElement[] };
const TEXT_LIKE = /^(?:tel|text|search)$/;

/** The controls to bind: role fields first, then radio groups and controls that carry native constraints. */
function discover(form: HTMLFormElement, customRoles: ReadonlySet<string>): Found[] {
  const found: Found[] = discoverFields(form, customRoles);
  const seen = new Set<Element>(found.map((f) => f.element));
  const radios = new Map<string, HTMLInputElement[]>();
  for (const el of Array.from(form.elements)) {
    if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) || seen.has(el)) continue;
    if (el.closest('[data-saisie="off"]') || (el instanceof HTMLInputElement && /^(?:hidden|submit|button|reset|image)$/.test(el.type))) continue;
    if (el instanceof HTMLInputElement && el.type === 'radio') {
      if (!el.name) continue;
      const group = radios.get(el.name);
      if (group) group.push(el);
      else radios.set(el.name, [el]);
    } else if (hasConstraints(el)) found.push({ element: el, role: '', section: '' });
  }
  for (const [name, group] of radios) {
    // Radios can be a civility ("Anrede: ○ Frau ○ Herr"), named by their name or their fieldset's legend.
    const legend = group[0]!.closest('fieldset')?.querySelector('legend')?.textContent ?? '';
    const role = roleFromWords(name) === 'civility' || roleFromWords(legend.slice(0, 100)) === 'civility' ? 'civility' : '';
    if (role || group.some((r) => r.required)) found.push({ element: group[0]!, role, section: '', group });
  }
  return found;
}

/** Creates the registry; call `sync()` to bind the fields there are now. */
export function createFieldRegistry(o: RegistryOptions): FieldRegistry {
  const { form, store, roles, summary, live } = o;
  const listeners = new Set<() => void>();
  let bound: Bound[] = [];
  let destroyed = false;
  let verifyOf: VerifyOf | undefined;
  const unsubscribe = store.subscribe(() => render());

  const field = (role: string, section = '') => bound.find((b) => b.role === role && b.section === section) ?? bound.find((b) => b.role === role);
  // Phone fields' as-you-type formatting, whose keystroke may wait for its frame. What a field holds for use (a
  // check, a submit) is read once that formatting is written; the keystroke handling reads it as it stands (`raw`).
  const formattings = new Map<Bound, PhoneFormatting>();
  const flush = (b: Bound) => formattings.get(b)?.flush();
  const valueOf = (b: Bound) => (flush(b), readValue(b.element, b.group));
  const raw = (b: Bound) => readValue(b.element, b.group);
  const refreshSummary = () => summary.refresh(bound.map((b) => ({ element: b.element, issues: b.visible })));

  // Rules by role, wrapped so native constraints (required, minlength, pattern…) come first, as the browser's would.
  const configFor = (b: Bound): FieldConfig => {
    const ctx: RoleContext = {
      locale: o.locale,
      country: () => o.country(b.section, b.element),
      valueOf: (role) => {
        const f = field(role, b.section);
        return f ? valueOf(f) : '';
      },
      keyOf: (role) => field(role, b.section)?.key,
    };
    const rule = b.role ? roles[b.role]?.config(ctx) : undefined;
    const verifying = verifyOf?.(b);
    return {
      ...rule,
      ...(verifying?.verify && { verify: verifying.verify, dependsOn: [...(rule?.dependsOn ?? []), ...(verifying.dependsOn ?? [])] }),
      required: b.group ? b.group.some((r) => r.required) : b.element.required,
      check: (v, values) => {
        // Browsers do not validate read-only or disabled controls: the person could not fix them.
        if ((b.element as HTMLInputElement).readOnly || b.element.disabled) return undefined;
        const broken = readConstraintIssue(b.element, o.locale, o.book);
        return broken ? { valid: false, value: v, issues: [broken] } : rule?.check?.(v, values);
      },
    };
  };

  const plausible = (b: Bound) => roles[b.role]?.plausible?.(raw(b)) ?? true;
  const render = (force = false) => {
    if (destroyed || (o.held() && !force)) return; // nothing moves under a pressed pointer: it renders on release
    const snap = store.getSnapshot();
    let changed = false;
    for (const b of bound) {
      const state = snap.fields[b.key];
      if (!state) continue;
      // The value's own result only: a held error the value no longer has is let go (then the check can wait again).
      if (b.feedback.held.length > 0 && state.value === raw(b)) b.feedback = feedbackOnResult(b.feedback, state.issues);
      if (b.rendered?.state === state && b.rendered.feedback === b.feedback) continue;
      changed = true;
      const wasVerifying = b.rendered?.state.status === 'validating';
      b.rendered = { state, feedback: b.feedback };
      const before = b.visible;
      b.visible = visibleIssues(state.issues, b.feedback, plausible(b), o.showInfo);
      b.view.render(b.visible);
      const suggestion = b.visible.find((i) => i.suggestion);
      if (suggestion && !before.some((i) => i.suggestion === suggestion.suggestion)) live.textContent = suggestion.message;
      // A verifier's answer may come once the person is in another field: said aloud, or it would go unheard.
      const late = wasVerifying && b.element.ownerDocument.activeElement !== b.element && b.visible.find((i) => !before.some((x) => x.message === i.message));
      if (late && !suggestion) live.textContent = late.message;
    }
    if (changed) refreshSummary();
  };

  // The pause after typing, for every field at once: one timer, not one per keystroke (a timer costs more than the rules).
  const typing = new Map<Bound, number>();
  let pauseTimer: ReturnType<typeof setTimeout> | undefined;
  // Fields whose check waits: while a person types with nothing on show (no error shown before, no pause yet),
  // no result of the rule could appear, so it runs at the pause, on leaving the field or on a submit instead of at
  // every keystroke, the largest share of a keystroke's cost on a slow phone.
  const stale = new Set<Bound>();
  const quiet = (f: Feedback) => f.phase !== 'settled' && !f.paused && f.held.length === 0;
  const catchUp = (b: Bound) => {
    if (stale.delete(b)) store.setValue(b.key, valueOf(b));
  };
  const catchUpAll = () => {
    for (const f of formattings.values()) f.flush();
    [...stale].forEach(catchUp);
  };
  const checkPauses = () => {
    pauseTimer = undefined;
    const now = Date.now();
    let next = Infinity;
    for (const [b, at] of typing) {
      const left = at + o.warnDelay - now;
      if (left > 0) next = Math.min(next, left);
      else {
        typing.delete(b);
        b.feedback = feedbackOnPause(b.feedback);
        catchUp(b);
      }
    }
    render();
    if (next !== Infinity) pauseTimer = setTimeout(checkPauses, next);
  };

  const applySuggestion = (b: Bound, value: string, issue: Issue) => {
    // A civility suggestion fixes the civility field, not the first name it is shown on.
    const target = issue.code === 'civility.mismatch' ? field('civility', b.section) : b;
    const el = target?.element;
    if (!el) return;
    if (target.group) {
      // A civility as radios: tick the one the suggestion names.
      const radio = target.group.find((r) => r.value === value || r.labels?.[0]?.textContent?.trim() === value);
      if (!radio) return;
      writeChecked(radio);
      return radio.focus();
    }
    if (el instanceof HTMLSelectElement) {
      const option = Array.from(el.options).find((opt) => opt.value === value || opt.text.trim() === value);
      if (!option) return;
      o.write(el, option.value);
    } else o.write(el, value);
    el.focus();
  };

  const onEdit = (b: Bound, kind: 'input' | 'choice') => {
    const value = raw(b);
    // A pasted mailbox ("Jean Dupont" <jean@exemple.fr>) keeps its address, visibly, in the field.
    if (b.role === 'email' && value.includes('<')) {
      const mailbox = parseMailbox(value);
      if (mailbox && mailbox.address !== value) return o.write(b.element, mailbox.address);
    }
    if (value === store.getSnapshot().fields[b.key]?.value) return; // already seen (re-dispatched input, change)
    // Feedback first: the store's change notification then renders the keystroke once, with it.
    b.feedback = feedbackOnInput(b.feedback, b.visible);
    if (kind === 'choice') {
      typing.delete(b);
      b.feedback = feedbackOnSettle(b.feedback, value);
    } else {
      typing.set(b, Date.now());
      pauseTimer ??= setTimeout(checkPauses, o.warnDelay);
    }
    // A field that depends on this one (phone and postal code on the country) shows what the change causes.
    for (const d of bound) {
      const dependent = d !== b && d.config.dependsOn?.includes(b.key) ? raw(d) : '';
      if (dependent.trim() !== '') d.feedback = feedbackOnSettle(d.feedback, dependent, true);
    }
    if (kind === 'input' && quiet(b.feedback)) {
      stale.add(b);
      // Advice about the value before this keystroke goes at once (a warning waits for the next pause).
      if (b.visible.length) render();
      return;
    }
    // A change that shows now (a choice, a held error) may make others' rules read fields still waiting: check those first.
    stale.delete(b);
    catchUpAll();
    store.setValue(b.key, value);
  };

  const bindOne = (f: Found, keys: Set<string>): Bound => {
    const base = f.role ? (f.section ? `${f.section}:` : '') + f.role : `control:${f.group?.[0]?.name || f.element.name || f.element.id || 'field'}`;
    let key = base;
    for (let n = 2; keys.has(key); n++) key = `${base}#${n}`;
    keys.add(key);
    const b = { ...f, key, feedback: PRISTINE, visible: [] as Issue[], config: {} } as unknown as Bound;
    b.view = createFieldView(b.element, b.group, o.applyLabel, (s, issue) => applySuggestion(b, s, issue));
    const leave = () => {
      catchUp(b);
      b.feedback = feedbackOnSettle(b.feedback, valueOf(b));
      render();
    };
    // Selection APIs throw on type=number/email: only text-like inputs are formatted as typed. A site that set a
    // maxlength or a pattern dictates the raw form: spaces would make the number too long to type, or refused.
    // Bound first, so its listeners run before the field's: an edit is formatted before it is checked.
    const el = b.element;
    const unbinders: (() => void)[] = [];
    // A keystroke whose formatting waits for its frame is checked then, as formatted (not raw, then formatted too).
    let formatting: PhoneFormatting | undefined;
    let deferred: 'input' | 'choice' | undefined;
    const edit = (kind: 'input' | 'choice') => {
      deferred = formatting?.pending() ? kind : undefined;
      if (!deferred) onEdit(b, kind);
    };
    if (b.role === 'phone' && el instanceof HTMLInputElement && TEXT_LIKE.test(el.type) && !el.hasAttribute('maxlength') && !el.hasAttribute('pattern')) {
      formatting = bindPhoneFormatting(
        el,
        o.formatPhone,
        () => o.country(b.section, el).code,
        () => {
          // Nothing rewritten, so no input event came: the waiting keystroke is checked now.
          const kind = deferred;
          deferred = undefined;
          if (kind) onEdit(b, kind);
        },
      );
      formattings.set(b, formatting);
      unbinders.push(formatting.unbind);
    }
    unbinders.push(bindField(b.element, b.group, { edit, leave }));
    b.unbind = () => {
      formattings.delete(b);
      typing.delete(b);
      stale.delete(b);
      unbinders.forEach((u) => u());
    };
    return b;
  };
  const recheck = () => {
    for (const b of bound) store.setField(b.key, (b.config = configFor(b)));
  };
  const unbindOne = (b: Bound) => {
    b.unbind();
    b.view.destroy();
    store.removeField(b.key);
  };

  return {
    fields: () => bound,
    field,
    valueOf,
    sync() {
      if (destroyed) return;
      const found = discover(form, o.customRoles);
      const keep = new Map(found.map((f) => [f.element, f]));
      const gone = bound.filter((b) => keep.get(b.element)?.role !== b.role || !b.element.isConnected);
      for (const b of gone) unbindOne(b);
      bound = bound.filter((b) => !gone.includes(b));
      const keys = new Set(bound.map((b) => b.key));
      const known = new Set<Element>(bound.map((b) => b.element));
      const added = found.filter((f) => !known.has(f.element)).map((f) => bindOne(f, keys));
      if (gone.length === 0 && added.length === 0) return;
      // Document order, so the summary lists problems top to bottom, as the person meets the fields.
      bound = [...bound, ...added].sort((a, b) => (a.element.compareDocumentPosition(b.element) & 4 ? -1 : 1));
      for (const b of bound) store.setField(b.key, (b.config = configFor(b)), valueOf(b));
      render();
      refreshSummary(); // no summary link to a field that left
      listeners.forEach((l) => l());
    },
    recheck,
    verifyWith(of) {
      verifyOf = of;
      recheck();
    },
    render,
    current: catchUpAll,
    settleAll() {
      for (const b of bound) flush(b);
      stale.clear();
      for (const b of bound) {
        store.setValue(b.key, valueOf(b));
        b.feedback = feedbackOnSettle(b.feedback, valueOf(b), true);
      }
    },
    onChange(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    destroy() {
      destroyed = true;
      unsubscribe();
      clearTimeout(pauseTimer);
      for (const b of bound) {
        b.unbind();
        b.view.destroy();
      }
      bound = [];
      listeners.clear();
    },
  };
}
