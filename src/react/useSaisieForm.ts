// saisie for React: the core form controller (src/core/form/createFormController.ts) behind useSyncExternalStore.
// Inputs stay controlled by React: formatting happens inside onChange, the caret is put back in a layout effect,
// and nothing is written to an element behind React's back. No DOM is read during render (SSR-safe).
import { useEffect, useId, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import { createFormController, type ControlledField, type ControllerTables, type FormControllerOptions } from '../core/form/createFormController.js';
import type { Issue } from '../core/types.js';
import { holdPointer } from '../dom/holdPointer.js';
import { isChoice, mountOptionsOf, pickOption, valueOfControls } from '../dom/controlOf.js';
import { labelOf } from '../dom/labelOf.js';

import type { Control, FieldKind, SaisieFieldProps, SaisieReactForm } from './types.js';

const useIsoLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;
const NONE: readonly Issue[] = [];

/** `useSaisieForm` over `tables` (the entry binds saisie's default tables). */
export function useSaisieFormWith(tables: ControllerTables, fields: Readonly<Record<string, ControlledField>> | readonly string[], options?: FormControllerOptions): SaisieReactForm {
  // One controller for the component's life: StrictMode's second mount and re-renders keep it (and its messages).
  const [c] = useState(() => createFormController(fields, options, tables));
  const state = useSyncExternalStore(c.subscribe, c.getState, c.getState);
  const base = useId();
  const elements = useRef(new Map<string, Set<Control>>()).current; // a radio group's radios under one name
  const refs = useRef(new Map<string, (el: Control | null) => void>()).current;
  const caret = useRef<{ el: Control; at: number } | undefined>(undefined);
  const summarized = useRef(false); // a SaisieSummary is mounted: it takes the focus of a stopped submit
  useEffect(() => c.start(), [c]);
  useEffect(() => {
    // Nothing moves under a pressed pointer (a message shown on blur would slide the submit button from under the click).
    const pointer = holdPointer(document, c.release);
    c.holdWhile(pointer.held);
    return () => (pointer.stop(), c.holdWhile(() => false));
  }, [c]);
  useIsoLayoutEffect(() => {
    const pending = caret.current;
    caret.current = undefined;
    if (!pending || pending.el.ownerDocument.activeElement !== pending.el) return;
    try {
      (pending.el as HTMLInputElement).setSelectionRange(pending.at, pending.at);
    } catch {
      // type=email or number: no selection API; the browser keeps the caret.
    }
  });
  const first = (name: string) => elements.get(name)?.values().next().value;
  // A select whose value matches no option shows its first one: the store holds what the person sees.
  const shows = (name: string, el: Control) => el.tagName === 'SELECT' && c.value(name) === '' && el.value !== '' && c.store.setValue(name, el.value);
  const refOf = (name: string, key: string) => {
    let ref = refs.get(key);
    if (!ref) {
      let mine: Control | undefined;
      ref = (el: Control | null) => {
        const all = elements.get(name) ?? new Set<Control>();
        elements.set(name, all);
        if (el) {
          all.add((mine = el));
          c.mount(name, mountOptionsOf(el));
          shows(name, el);
        } else if (mine) {
          all.delete(mine);
          if (all.size === 0) c.unmount(name);
        }
      };
      refs.set(key, ref);
    }
    return ref;
  };
  const messageId = (name: string) => `${base}-${name}-message`;
  const field = (name: string, kind?: FieldKind): SaisieFieldProps => {
    const role = c.role(name);
    const visible = state.visible[name] ?? NONE;
    const own = kind?.type === 'radio' ? kind.value : kind?.type === 'checkbox' ? (kind.value ?? 'on') : undefined;
    return {
      name,
      ...(kind?.type ? { type: kind.type, value: own, checked: c.value(name) === own } : { value: c.value(name) }),
      ref: refOf(name, kind?.type === 'radio' ? `${name}\u0000${kind.value}` : name),
      onChange: (e) => {
        const el = e.target;
        if (isChoice(el)) c.choose(name, valueOfControls(elements.get(name) ?? [el]));
        else {
          const at = (el as HTMLInputElement).selectionStart;
          const native = e.nativeEvent as InputEvent;
          const r = c.edit(name, el.value, at ?? undefined, native.inputType ?? '', native.isComposing === true);
          if (at !== null) caret.current = { el, at: r.caret };
        }
        kind?.onChange?.(e);
      },
      onBlur: (e) => (c.leave(name), kind?.onBlur?.(e)),
      // The composition's end is the edit formatting waited for.
      onCompositionEnd: (e) => {
        const el = e.currentTarget as HTMLInputElement;
        caret.current = { el, at: c.edit(name, el.value, el.selectionStart ?? undefined, 'insertText').caret };
      },
      ...(c.required(name) && { required: true }),
      ...(role === 'email' && { inputMode: 'email' as const }),
      ...(role === 'phone' && { inputMode: 'tel' as const }),
      ...(visible.some((i) => i.severity === 'error') && { 'aria-invalid': true as const }),
      ...(visible.length > 0 && { 'aria-describedby': messageId(name) }),
    };
  };
  const pick = (target: string, suggestion: string) => pickOption(first(target), suggestion);
  return {
    field,
    state: state.snapshot,
    visible: (name) => state.visible[name] ?? NONE,
    announcement: (name) => state.announce[name] ?? '',
    apply(name, suggestion) {
      const target = c.apply(name, suggestion, pick);
      if (!target) return;
      // A radio group: the radio now ticked (Space on another would undo the fix).
      const all = [...(elements.get(target) ?? [])];
      (all.find((el) => (el as HTMLInputElement).type === 'radio' && el.value === c.value(target)) ?? all[0])?.focus();
    },
    handleSubmit: (fn, onInvalid) => (event) => {
      event?.preventDefault?.();
      return c.handle(fn, onInvalid, (name) => summarized.current || first(name)?.focus());
    },
    reset(values) {
      c.reset(values);
      for (const [name, all] of elements) for (const el of all) shows(name, el);
    },
    messageId,
    summary: state.summary,
    labelOf: (name) => { const el = first(name); return el ? labelOf(el) : ''; },
    idOf: (name) => first(name)?.id ?? '',
    focus: (name) => first(name)?.focus(),
    claimFocus: (on) => void (summarized.current = on),
    controller: c,
  };
}
