// saisie for Vue 3: the core form controller (src/core/form/createFormController.ts) as shallowRefs, and a v-saisie
// directive on each control, so v-if fields bind and unbind themselves. The directive formats on `input` (never during
// IME composition) and writes through the native setter with an `input` event, so v-model holds what the field shows.
import { onScopeDispose, shallowRef, type Directive, type ShallowRef } from 'vue';
import { createFormController, type ControlledField, type ControllerTables, type FormController, type FormControllerOptions, type SubmitOutcome } from '../core/form/createFormController.js';
import type { FieldState, FormSnapshot } from '../core/form/createForm.js';
import type { Issue } from '../core/types.js';
import { writeValue } from '../dom/writeValue.js';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** One field's reactive state: what it shows and its store state (undefined while its control is not mounted). */
export interface SaisieFieldState {
  readonly visible: readonly Issue[];
  readonly state: FieldState | undefined;
}

/** What `useSaisieForm` returns in Vue. */
export interface SaisieVueForm {
  /** Per field, a shallowRef of its visible issues and state. */
  readonly fields: Readonly<Record<string, ShallowRef<SaisieFieldState>>>;
  /** The store's snapshot, replaced on every change. */
  readonly state: ShallowRef<FormSnapshot>;
  apply(name: string, suggestion: string): void;
  /** A submit handler: runs the gate, then calls `fn` once with the normalized values (E.164…) when it passes. */
  handleSubmit(fn: (values: Record<string, string>) => unknown, onInvalid?: (outcome: SubmitOutcome) => unknown): (event?: Event) => Promise<void>;
  messageId(name: string): string;
  readonly controller: FormController;
}

const NONE: readonly Issue[] = [];
let forms = 0;
const isChoice = (el: Control) => el.tagName === 'SELECT' || (el as HTMLInputElement).type === 'radio' || (el as HTMLInputElement).type === 'checkbox';
const elementsOf = new WeakMap<FormController, Map<string, Control>>();

/** `useSaisieForm` over `tables` (the entry binds saisie's default tables); call it in `setup()`. */
export function useSaisieFormWith(tables: ControllerTables, fields: Readonly<Record<string, ControlledField>> | readonly string[], options?: FormControllerOptions): SaisieVueForm {
  const c = createFormController(fields, options, tables);
  const base = `saisie-v${++forms}`;
  const elements = new Map<string, Control>();
  elementsOf.set(c, elements);
  const state = shallowRef(c.getState().snapshot);
  const view = (name: string): SaisieFieldState => ({ visible: c.getState().visible[name] ?? NONE, state: c.getState().snapshot.fields[name] });
  const perField = Object.fromEntries(c.names.map((name) => [name, shallowRef(view(name))]));
  const off = c.subscribe(() => {
    const now = c.getState();
    state.value = now.snapshot;
    for (const [name, ref] of Object.entries(perField)) {
      const next = view(name);
      if (next.visible !== ref.value.visible || next.state !== ref.value.state) ref.value = next;
      const el = elements.get(name);
      if (!el) continue;
      // The control's ARIA follows what it shows (the directive owns these two attributes while bound).
      if (next.visible.some((i) => i.severity === 'error')) el.setAttribute('aria-invalid', 'true');
      else el.removeAttribute('aria-invalid');
      if (next.visible.length) el.setAttribute('aria-describedby', `${base}-${name}-message`);
      else el.removeAttribute('aria-describedby');
    }
  });
  const stop = typeof window === 'undefined' ? () => undefined : c.start(); // nothing loads during server rendering
  onScopeDispose(() => {
    off();
    stop();
    c.destroy();
  });
  const pick = (target: string, suggestion: string) => {
    const el = elements.get(target);
    if (!(el instanceof HTMLSelectElement)) return suggestion;
    return Array.from(el.options).find((o) => o.value === suggestion || o.text.trim() === suggestion)?.value;
  };
  return {
    fields: perField,
    state,
    apply(name, suggestion) {
      const target = c.apply(name, suggestion, pick);
      const el = target ? elements.get(target) : undefined;
      if (!el) return;
      writeValue(el, c.value(target!), { change: true }); // v-model (input or change) follows
      el.focus();
    },
    handleSubmit: (fn, onInvalid) => async (event) => {
      event?.preventDefault();
      const outcome = await c.submit();
      if (outcome.ok) await fn(outcome.values);
      else if (outcome.reason !== 'busy') {
        elements.get(outcome.fields[0] ?? '')?.focus();
        await onInvalid?.(outcome);
      }
    },
    messageId: (name) => `${base}-${name}-message`,
    controller: c,
  };
}

type Bound = Control & { _saisie?: () => void };

/** `v-saisie:email="form"` (or `v-saisie="form"` on a control whose `name` is the field's): binds the control to the form. */
export const vSaisie: Directive<Bound, SaisieVueForm> = {
  mounted(el, binding) {
    const c = binding.value?.controller;
    const name = binding.arg ?? el.name;
    if (!c) throw new TypeError('saisie: v-saisie needs the form of useSaisieForm(), e.g. <input v-saisie:email="form" v-model="email">.');
    const elements = elementsOf.get(c)!;
    elements.set(name, el);
    const formatted = el instanceof HTMLInputElement && /^(?:tel|text|search)$/.test(el.type) && el.maxLength < 0 && !el.pattern;
    c.mount(name, { choice: isChoice(el), format: formatted });
    if (el.value !== c.value(name)) c.store.setValue(name, el.value); // v-model's value is the truth
    let composing = false;
    const edit = (e: Event) => {
      if (composing || (e as InputEvent).isComposing) return;
      if (isChoice(el)) return c.choose(name, el.value);
      const at = (el as HTMLInputElement).selectionStart;
      const r = c.edit(name, el.value, at ?? undefined, (e as InputEvent).inputType ?? '');
      if (r.value === el.value) return;
      writeValue(el, r.value);
      if (at !== null && el.ownerDocument.activeElement === el) (el as HTMLInputElement).setSelectionRange(r.caret, r.caret);
    };
    const listeners: [string, (e: Event) => void][] = [
      ['input', edit],
      ['change', (e) => isChoice(el) && edit(e)],
      ['blur', () => c.leave(name)],
      ['compositionstart', () => (composing = true)],
      ['compositionend', (e) => ((composing = false), edit(e))],
    ];
    for (const [type, fn] of listeners) el.addEventListener(type, fn);
    el._saisie = () => {
      for (const [type, fn] of listeners) el.removeEventListener(type, fn);
      if (elements.get(name) === el) elements.delete(name);
      c.unmount(name);
    };
  },
  // A value set through v-model (a reset, a prefill) reaches the store too.
  updated(el, binding) {
    const c = binding.value?.controller;
    const name = binding.arg ?? el.name;
    if (c && el._saisie && el.value !== c.value(name)) c.store.setValue(name, el.value);
  },
  unmounted(el) {
    el._saisie?.();
    delete el._saisie;
  },
};
