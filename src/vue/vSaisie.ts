// The v-saisie directive: placed on each control beside v-model, so v-if fields bind and unbind themselves. It formats
// on `input` (never during IME composition) and writes through the native setter with an `input` event, so v-model
// holds what the field shows; the store hears the keystroke once v-model has it.
import type { Directive } from 'vue';
import type { FormController } from '../core/form/createFormController.js';
import { writeValue } from '../dom/writeValue.js';
import { isChoice, mountOptionsOf, valueOfControls } from '../dom/controlOf.js';
import { elementsOf } from './useSaisieForm.js';
import type { Control, SaisieVueForm } from './types.js';

// `busy`: composing, or between an input event's two listeners (v-model's re-render comes in between, see below).
type Bound = Control & { _saisie?: { stop(): void; busy: boolean } };

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
    const bound = { stop: () => undefined as void, busy: false };
    // Formatting, in the capture phase, which runs first at the target; the rewrite's own input event gives v-model the
    // formatted value first. The store changes only after v-model has the value (below): browsers run microtasks
    // between listeners, and a re-render before it would put v-model's old value back into the field.
    const shape = (e: Event) => {
      if (composing || (e as InputEvent).isComposing || isChoice(el)) return;
      bound.busy = true; // until edit() below has the value (a listener that stops the event: until the next task)
      setTimeout(() => (bound.busy = composing));
      const at = (el as HTMLInputElement).selectionStart;
      const r = c.formatEdit(name, el.value, at ?? undefined, (e as InputEvent).inputType ?? '');
      if (r.value === el.value) return;
      writeValue(el, r.value);
      if (at !== null && el.ownerDocument.activeElement === el) (el as HTMLInputElement).setSelectionRange(r.caret, r.caret);
    };
    // The store, once v-model has its value (its listener was added before this one).
    const edit = (e: Event) => {
      if (composing || (e as InputEvent).isComposing) return;
      bound.busy = false;
      if (isChoice(el)) c.choose(name, valueOfControls(all));
      else c.edit(name, el.value, (el as HTMLInputElement).selectionStart ?? undefined, (e as InputEvent).inputType ?? '');
    };
    const listeners: [string, (e: Event) => void, boolean?][] = [
      ['input', shape, true],
      ['input', (e) => !isChoice(el) && edit(e)],
      ['change', (e) => isChoice(el) && edit(e)],
      ['blur', () => c.leave(name)],
      ['compositionstart', () => (composing = bound.busy = true)],
      // Without v-model no input follows the composition's end: its text is formatted, announced and kept here.
      ['compositionend', (e) => ((composing = false), shape(e), edit(e))],
    ];
    for (const [type, fn, capture] of listeners) el.addEventListener(type, fn, capture);
    el._saisie = bound;
    bound.stop = () => {
      for (const [type, fn, capture] of listeners) el.removeEventListener(type, fn, capture);
      all.delete(el);
      if (all.size === 0) c.unmount(name);
    };
  },
  // A value set through v-model (a reset, a prefill) reaches the store too; not a re-render in the middle of typing:
  // browsers run microtasks between an input event's listeners, so v-model's re-render comes before edit() has the
  // keystroke (which is typing, with its feedback), and during an IME composition nothing may be written.
  updated(el, binding) {
    const c = binding.value?.controller;
    if (c && el._saisie && !el._saisie.busy) follow(c, fieldName(binding, el), el);
  },
  unmounted(el) {
    el._saisie?.stop();
    delete el._saisie;
  },
};
