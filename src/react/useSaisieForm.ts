// saisie for React: the core form controller (src/core/form/createFormController.ts) behind useSyncExternalStore.
// Inputs stay controlled by React: formatting happens inside onChange, the caret is put back in a layout effect,
// and nothing is written to an element behind React's back. No DOM is read during render (SSR-safe).
import { useEffect, useId, useLayoutEffect, useRef, useState, useSyncExternalStore, type ChangeEvent } from 'react';
import { createFormController, type ControlledField, type ControllerTables, type FormController, type FormControllerOptions, type SubmitOutcome } from '../core/form/createFormController.js';
import type { FormSnapshot } from '../core/form/createForm.js';
import type { Issue } from '../core/types.js';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** The props `field(name)` gives a plain `<input>`, `<select>` or `<textarea>`. */
export interface SaisieFieldProps {
  name: string;
  value: string;
  onChange(event: ChangeEvent<Control>): void;
  onBlur(): void;
  onCompositionEnd(event: { currentTarget: EventTarget }): void;
  ref(element: Control | null): void;
  required?: boolean;
  inputMode?: 'email' | 'tel';
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

/** What `useSaisieForm` returns. */
export interface SaisieReactForm {
  field(name: string): SaisieFieldProps;
  /** The store's snapshot: values, per-field state (issues, normalized value, status), valid, validating. */
  state: FormSnapshot;
  /** The issues `name` shows now (what `SaisieMessage` renders). */
  visible(name: string): readonly Issue[];
  apply(name: string, suggestion: string): void;
  /** A submit handler: runs the gate, then calls `fn` once with the normalized values (E.164…) when it passes. */
  handleSubmit(fn: (values: Record<string, string>) => unknown, onInvalid?: (outcome: SubmitOutcome) => unknown): (event?: { preventDefault?(): void }) => Promise<void>;
  /** The id of `name`'s message element (for `aria-describedby`). */
  messageId(name: string): string;
  readonly controller: FormController;
}

const useIsoLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;
const NONE: readonly Issue[] = [];
const isChoice = (el: Control) => el.tagName === 'SELECT' || (el as HTMLInputElement).type === 'radio' || (el as HTMLInputElement).type === 'checkbox';

/** `useSaisieForm` over `tables` (the entry binds saisie's default tables). */
export function useSaisieFormWith(tables: ControllerTables, fields: Readonly<Record<string, ControlledField>> | readonly string[], options?: FormControllerOptions): SaisieReactForm {
  // One controller for the component's life: StrictMode's second mount and re-renders keep it (and its messages).
  const [c] = useState(() => createFormController(fields, options, tables));
  const state = useSyncExternalStore(c.subscribe, c.getState, c.getState);
  const base = useId();
  const elements = useRef(new Map<string, Control>()).current;
  const refs = useRef(new Map<string, (el: Control | null) => void>()).current;
  const caret = useRef<{ name: string; at: number } | undefined>(undefined);
  useEffect(() => c.start(), [c]);
  useIsoLayoutEffect(() => {
    const pending = caret.current;
    caret.current = undefined;
    const el = pending && elements.get(pending.name);
    if (!el || el.ownerDocument.activeElement !== el || el.tagName === 'SELECT') return;
    try {
      (el as HTMLInputElement).setSelectionRange(pending.at, pending.at);
    } catch {
      // type=email or number: no selection API; the browser keeps the caret.
    }
  });
  const refOf = (name: string) => {
    let ref = refs.get(name);
    if (!ref) {
      ref = (el: Control | null) => {
        if (el) {
          elements.set(name, el);
          const formatted = el instanceof HTMLInputElement && /^(?:tel|text|search)$/.test(el.type) && el.maxLength < 0 && !el.pattern;
          c.mount(name, { choice: isChoice(el), format: formatted });
        } else {
          elements.delete(name);
          c.unmount(name);
        }
      };
      refs.set(name, ref);
    }
    return ref;
  };
  const messageId = (name: string) => `${base}-${name}-message`;
  const edit = (name: string, el: Control, inputType: string, composing: boolean) => {
    const at = el.tagName === 'SELECT' ? null : (el as HTMLInputElement).selectionStart;
    const r = c.edit(name, el.value, at ?? undefined, inputType, composing);
    if (at !== null) caret.current = { name, at: r.caret };
  };
  const field = (name: string): SaisieFieldProps => {
    const role = c.role(name);
    const visible = state.visible[name] ?? NONE;
    return {
      name,
      value: c.value(name),
      ref: refOf(name),
      onChange: (e) => {
        const el = e.target;
        const native = e.nativeEvent as InputEvent;
        if (isChoice(el)) c.choose(name, el.value);
        else edit(name, el, native.inputType ?? '', native.isComposing === true);
      },
      onBlur: () => c.leave(name),
      // The composition's end is the edit formatting waited for.
      onCompositionEnd: (e) => edit(name, e.currentTarget as Control, 'insertText', false),
      ...(c.required(name) && { required: true }),
      ...(role === 'email' && { inputMode: 'email' as const }),
      ...(role === 'phone' && { inputMode: 'tel' as const }),
      ...(visible.some((i) => i.severity === 'error') && { 'aria-invalid': true as const }),
      ...(visible.length > 0 && { 'aria-describedby': messageId(name) }),
    };
  };
  const pick = (target: string, suggestion: string) => {
    const el = elements.get(target);
    if (!(el instanceof HTMLSelectElement)) return suggestion;
    return Array.from(el.options).find((o) => o.value === suggestion || o.text.trim() === suggestion)?.value;
  };
  return {
    field,
    state: state.snapshot,
    visible: (name) => state.visible[name] ?? NONE,
    apply(name, suggestion) {
      const target = c.apply(name, suggestion, pick);
      if (target) elements.get(target)?.focus();
    },
    handleSubmit: (fn, onInvalid) => async (event) => {
      event?.preventDefault?.();
      const outcome = await c.submit();
      if (outcome.ok) await fn(outcome.values);
      else if (outcome.reason !== 'busy') {
        elements.get(outcome.fields[0] ?? '')?.focus();
        await onInvalid?.(outcome);
      }
    },
    messageId,
    controller: c,
  };
}
