// saisie for Vue 3: the core form controller (src/core/form/createFormController.ts) as shallowRefs; the v-saisie
// directive (vSaisie.ts) binds each control to it.
import { onScopeDispose, shallowRef } from 'vue';
import { createFormController, type ControlledField, type ControllerTables, type FormController, type FormControllerOptions } from '../core/form/createFormController.js';
import type { Issue } from '../core/types.js';
import { writeChecked, writeValue } from '../dom/writeValue.js';
import { holdPointer } from '../dom/holdPointer.js';
import { pickOption } from '../dom/controlOf.js';
import { labelOf } from '../dom/labelOf.js';
import type { Control, SaisieFieldState, SaisieVueForm } from './types.js';

const NONE: readonly Issue[] = [];
let forms = 0;
export const elementsOf = new WeakMap<FormController, Map<string, Set<Control>>>(); // a radio group's radios under one name
export const first = (c: FormController, name: string) => elementsOf.get(c)?.get(name)?.values().next().value;

/** `useSaisieForm` over `tables` (the entry binds saisie's default tables); call it in `setup()`. */
export function useSaisieFormWith(tables: ControllerTables, fields: Readonly<Record<string, ControlledField>> | readonly string[], options?: FormControllerOptions): SaisieVueForm {
  const c = createFormController(fields, options, tables);
  const base = `saisie-v${++forms}`;
  const elements = new Map<string, Set<Control>>();
  elementsOf.set(c, elements);
  const state = shallowRef(c.getState().snapshot);
  const summary = shallowRef(c.getState().summary);
  let summarized = false; // a SaisieSummary is mounted: it takes the focus of a stopped submit
  const view = (name: string, now = c.getState()): SaisieFieldState => ({ visible: now.visible[name] ?? NONE, state: now.snapshot.fields[name], announce: now.announce[name] ?? '' });
  const perField = Object.fromEntries(c.names.map((name) => [name, shallowRef(view(name))]));
  const off = c.subscribe(() => {
    const now = c.getState();
    state.value = now.snapshot;
    summary.value = now.summary;
    for (const [name, ref] of Object.entries(perField)) {
      const next = view(name, now);
      const shown = next.visible !== ref.value.visible;
      if (shown || next.state !== ref.value.state || next.announce !== ref.value.announce) ref.value = next;
      if (!shown) continue; // a keystroke that changes nothing shown touches no attribute
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
