// saisie for Vue 3: the core form controller (src/core/form/createFormController.ts) as shallowRefs, and a v-saisie
// directive on each control, so v-if fields bind and unbind themselves. The directive formats on `input` (never during
// IME composition) and writes through the native setter with an `input` event, so v-model holds what the field shows.
import { onScopeDispose, shallowRef, type Directive } from 'vue';
import { createFormController, type ControlledField, type ControllerTables, type FormController, type FormControllerOptions } from '../core/form/createFormController.js';
import type { Issue } from '../core/types.js';
import { writeChecked, writeValue } from '../dom/writeValue.js';
import { holdPointer } from '../dom/holdPointer.js';
import { isChoice, mountOptionsOf, pickOption, valueOfControls } from '../dom/controlOf.js';
import { labelOf } from '../dom/labelOf.js';
import type { Control, SaisieFieldState, SaisieVueForm } from './types.js';

const NONE: readonly Issue[] = [];
let forms = 0;
const elementsOf = new WeakMap<FormController, Map<string, Set<Control>>>(); // a radio group's radios under one name
const first = (c: FormController, name: string) => elementsOf.get(c)?.get(name)?.values().next().value;

/** `useSaisieForm` over `tables` (the entry binds saisie's default tables); call it in `setup()`. */
export function useSaisieFormWith(tables: ControllerTables, fields: Readonly<Record<string, ControlledField>> | readonly string[], options?: FormControllerOptions): SaisieVueForm {
  const c = createFormController(fields, options, tables);
  const base = `saisie-v${++forms}`;
  const elements = new Map<string, Set<Control>>();
  elementsOf.set(c, elements);
  const state = shallowRef(c.getState().snapshot);
  const summary = shallowRef(c.getState().summary);
  let summarized = false; // a SaisieSummary is mounted: it takes the focus of a stopped submit
  const view = (name: string): SaisieFieldState => ({ visible: c.getState().visible[name] ?? NONE, state: c.getState().snapshot.fields[name], announce: c.getState().announce[name] ?? '' });
  const perField = Object.fromEntries(c.names.map((name) => [name, shallowRef(view(name))]));
  const off = c.subscribe(() => {
    const now = c.getState();
    state.value = now.snapshot;
    summary.value = now.summary;
    for (const [name, ref] of Object.entries(perField)) {
      const next = view(name);
      if (next.visible !== ref.value.visible || next.state !== ref.value.state || next.announce !== ref.value.announce) ref.value = next;
      // The controls' ARIA follows what they show (the directive owns these two attributes while bound).
      for (const el of elements.get(name) ?? []) {
        if (next.visible.some((i) => i.severity === 'error')) el.setAttribute('aria-invalid', 'true');
        else el.removeAttribute('aria-invalid');
        if (next.visible.length) el.setAttribute('aria-describedby', `${base}-${name}-message`);
        else el.removeAttribute('aria-describedby');
      }
    }
  });
  // Nothing loads, and no listener is set, during server rendering.
  const stop = typeof window === 'undefined' ? () => undefined : c.start();
  // Nothing moves under a pressed pointer (a message shown on blur would slide the submit button from under the click).
  const pointer = typeof document === 'undefined' ? undefined : holdPointer(document, c.release);
  if (pointer) c.holdWhile(pointer.held);
  onScopeDispose(() => {
    off();
    stop();
    pointer?.stop();
    c.destroy();
  });
  const pick = (target: string, suggestion: string) => pickOption(first(c, target), suggestion);
  return {
    fields: perField,
    state,
    apply(name, suggestion) {
      const target = c.apply(name, suggestion, pick);
      if (!target) return;
      const value = c.value(target);
      // A radio group: tick the radio of that value; another control: its value (v-model follows either event).
      const radios = [...(elements.get(target) ?? [])].filter((r): r is HTMLInputElement => r instanceof HTMLInputElement && r.type === 'radio');
      const el = radios.length ? radios.find((r) => r.value === value) : first(c, target);
      if (!el) return;
      if (radios.length) writeChecked(el as HTMLInputElement);
      else writeValue(el, value, { change: true });
      el.focus();
    },
    handleSubmit: (fn, onInvalid) => (event) => {
      event?.preventDefault();
      return c.handle(fn, onInvalid, (name) => summarized || first(c, name)?.focus());
    },
    reset: (values) => c.reset(values),
    messageId: (name) => `${base}-${name}-message`,
    summary,
    labelOf: (name) => { const el = first(c, name); return el ? labelOf(el) : ''; },
    idOf: (name) => first(c, name)?.id ?? '',
    focus: (name) => first(c, name)?.focus(),
    claimFocus: (on) => void (summarized = on),
    controller: c,
  };
}

type Bound = Control & { _saisie?: () => void };

// `v-saisie:contact.email` reaches a directive as the argument "contact" with the modifier "email": the name again.
const fieldName = (b: { arg?: string; modifiers: Partial<Record<string, boolean>> }, el: Control) => (b.arg ? [b.arg, ...Object.keys(b.modifiers)].join('.') : el.name);

/** Brings the store up to what `name`'s controls hold (v-model's value is the truth); a phone number set by script is formatted. */
function follow(c: FormController, name: string, el: Control): void {
  const all = elementsOf.get(c)?.get(name) ?? [el];
  const value = valueOfControls(all);
  if (isChoice(el)) {
    if (value !== c.value(name)) c.store.setValue(name, value);
    return;
  }
  if (value === c.value(name)) return; // nothing set from outside (a country change does not reformat what was typed)
  const shown = c.format(name, value);
  if (shown !== value) writeValue(el, shown); // its input event brings v-model along
  if (shown !== c.value(name)) c.store.setValue(name, shown);
}

/** `v-saisie:email="form"` (or `v-saisie="form"` on a control whose `name` is the field's): binds the control to the form. */
export const vSaisie: Directive<Bound, SaisieVueForm> = {
  mounted(el, binding) {
    const c = binding.value?.controller;
    const name = fieldName(binding, el);
    if (!c) throw new TypeError('saisie: v-saisie needs the form of useSaisieForm(), e.g. <input v-saisie:email="form" v-model="email">.');
    const elements = elementsOf.get(c)!;
    const all = elements.get(name) ?? new Set<Control>();
    elements.set(name, all.add(el));
    c.mount(name, mountOptionsOf(el));
    follow(c, name, el);
    let composing = false;
    // Formatting, in the capture phase, which runs first at the target; the rewrite's own input event gives v-model the
    // formatted value first. The store changes only after v-model has the value (below): browsers run microtasks
    // between listeners, and a re-render before it would put v-model's old value back into the field.
    const shape = (e: Event) => {
      if (composing || (e as InputEvent).isComposing || isChoice(el)) return;
      const at = (el as HTMLInputElement).selectionStart;
      const r = c.formatEdit(name, el.value, at ?? undefined, (e as InputEvent).inputType ?? '');
      if (r.value === el.value) return;
      writeValue(el, r.value);
      if (at !== null && el.ownerDocument.activeElement === el) (el as HTMLInputElement).setSelectionRange(r.caret, r.caret);
    };
    // The store, once v-model has its value (its listener was added before this one).
    const edit = (e: Event) => {
      if (composing || (e as InputEvent).isComposing) return;
      if (isChoice(el)) c.choose(name, valueOfControls(all));
      else c.edit(name, el.value, (el as HTMLInputElement).selectionStart ?? undefined, (e as InputEvent).inputType ?? '');
    };
    const listeners: [string, (e: Event) => void, boolean?][] = [
      ['input', shape, true],
      ['input', (e) => !isChoice(el) && edit(e)],
      ['change', (e) => isChoice(el) && edit(e)],
      ['blur', () => c.leave(name)],
      ['compositionstart', () => (composing = true)],
      // Without v-model no input follows the composition's end: its text is formatted, announced and kept here.
      ['compositionend', (e) => ((composing = false), shape(e), edit(e))],
    ];
    for (const [type, fn, capture] of listeners) el.addEventListener(type, fn, capture);
    el._saisie = () => {
      for (const [type, fn, capture] of listeners) el.removeEventListener(type, fn, capture);
      all.delete(el);
      if (all.size === 0) c.unmount(name);
    };
  },
  // A value set through v-model (a reset, a prefill) reaches the store too.
  updated(el, binding) {
    const c = binding.value?.controller;
    if (c && el._saisie) follow(c, fieldName(binding, el), el);
  },
  unmounted(el) {
    el._saisie?.();
    delete el._saisie;
  },
};
