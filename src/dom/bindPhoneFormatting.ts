// As-you-type phone formatting on one input: caret kept, IME respected, frameworks told through `input`, and an
// undo/redo history of its own, since the browser's undo stack does not survive programmatic value writes.
// A person's keystroke (a trusted event) is formatted at the next animation frame, when it is painted: writing
// the value inside the browser's own input event forces a style and layout pass there (0.4–0.7 ms on the demo
// page in Chromium, against ~0.13 ms from a frame callback). Anything that reads the value to use it flushes
// first: the next key, blur, submit, `values()`. Scripted input (untrusted events) is formatted at once.
import { formatPhoneEdit } from '../core/caret/formatPhoneEdit.js';
import { writeValue } from './writeValue.js';

/** How many states of one field undo can go back through. */
const HISTORY_LIMIT = 100;

type State = { value: string; caret: number };

/** Which history step a key press asks for: Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z and Ctrl+Y redo. */
function historyKey(e: KeyboardEvent): 'undo' | 'redo' | undefined {
  if (e.altKey || !(e.ctrlKey || e.metaKey)) return undefined;
  // The letter the layout gives (AZERTY's Z is on KeyW), else the physical key (Cyrillic, Greek… layouts).
  const key = /^[a-z]$/i.test(e.key) ? e.key.toLowerCase() : e.code === 'KeyZ' ? 'z' : e.code === 'KeyY' ? 'y' : '';
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && e.ctrlKey && !e.metaKey && !e.shiftKey) return 'redo';
  return undefined;
}

/** A bound phone field: `flush()` writes a formatting still waiting for its frame; `unbind()` stops formatting. */
export interface PhoneFormatting {
  flush(): void;
  /** True while a keystroke's formatting waits for its frame. */
  pending(): boolean;
  unbind(): void;
}

/**
 * Formats `input` with `format` (formatPhoneAsYouType over some phone tables) as the person types for `country()`. `flushed` is called after a waiting formatting is done, so
 * that the field's check can wait for it too instead of checking the raw text and then the formatted one.
 */
export function bindPhoneFormatting(
  input: HTMLInputElement,
  format: (text: string, country: string | undefined) => string,
  country: () => string | undefined,
  flushed?: () => void,
): PhoneFormatting {
  let composing = false;
  let rewriting = false;
  // The inputType of a person's edit whose formatting waits for the next frame, and that frame's request.
  let pending: string | undefined;
  let frame = 0;
  const view = input.ownerDocument.defaultView;
  // The formatted states the person saw, oldest first; `at` is the one shown now.
  const history: State[] = [{ value: input.value, caret: input.value.length }];
  let at = 0;

  const focused = () => (input.getRootNode() as Document | ShadowRoot).activeElement === input;
  const caretAt = (pos: number) => {
    if (!focused()) return;
    try {
      input.setSelectionRange(pos, pos);
    } catch {
      // The type changed to one without a selection (email, number): leave the caret to the browser.
    }
  };
  const write = (value: string, caret: number) => {
    rewriting = true;
    try {
      writeValue(input, value);
    } finally {
      rewriting = false;
    }
    caretAt(caret);
  };

  /** Remembers what the field shows now as the newest state, dropping whatever redo would have given. */
  const record = (caret = input.selectionStart ?? input.value.length) => {
    if (history[at]!.value === input.value) {
      history[at]!.caret = caret;
      return;
    }
    history.length = at + 1;
    history.push({ value: input.value, caret });
    if (history.length > HISTORY_LIMIT) history.splice(0, history.length - HISTORY_LIMIT);
    at = history.length - 1;
  };
  /** A value set from outside (framework, autofill, reset) since the last state becomes a state of its own. */
  const sync = () => {
    if (!composing && history[at]!.value !== input.value) record();
  };

  const reformat = (inputType = '') => {
    const edit = formatPhoneEdit(history[at]!.value, input.value, input.selectionStart ?? input.value.length, inputType, (text) => format(text, country()));
    if (edit.value === input.value) {
      record();
      return;
    }
    write(edit.value, edit.caret);
    record(edit.caret);
  };

  /** Drops the formatting waiting for its frame. */
  const cancel = () => {
    pending = undefined;
    if (frame) view?.cancelAnimationFrame(frame);
    frame = 0;
  };
  const flush = () => {
    if (pending === undefined) return;
    const inputType = pending;
    cancel();
    if (!composing) reformat(inputType);
    flushed?.();
  };

  const step = (direction: 'undo' | 'redo') => {
    sync();
    const next = direction === 'undo' ? at - 1 : at + 1;
    if (next < 0 || next >= history.length) return;
    at = next;
    const { value, caret } = history[at]!;
    write(value, Math.min(caret, value.length));
  };

  const onKeyDown = (e: KeyboardEvent) => {
    flush();
    if (e.defaultPrevented || composing || e.isComposing || input.readOnly || input.disabled) return;
    const direction = historyKey(e);
    if (!direction) {
      sync();
      return;
    }
    // Always ours, even with nothing left to undo: the browser's own stack would replay stale raw values.
    e.preventDefault();
    step(direction);
  };
  const onBeforeInput = (e: Event) => {
    flush();
    if (e.defaultPrevented || composing || (e as InputEvent).isComposing || input.readOnly || input.disabled) return;
    const { inputType } = e as InputEvent;
    if ((inputType === 'historyUndo' || inputType === 'historyRedo') && e.cancelable) {
      e.preventDefault();
      step(inputType === 'historyUndo' ? 'undo' : 'redo');
    } else sync();
  };
  // A `historyUndo`/`historyRedo` input that could not be cancelled is simply reformatted, like any other edit.
  const onInput = (e: Event) => {
    if (rewriting) return;
    if (composing || (e as InputEvent).isComposing) return;
    const inputType = (e as InputEvent).inputType ?? '';
    if (!e.isTrusted) return reformat(inputType);
    later(inputType);
  };
  /** Formats at the next frame (at once where there are no frames). */
  const later = (inputType: string) => {
    if (!view?.requestAnimationFrame) return reformat(inputType);
    pending = inputType;
    frame ||= view.requestAnimationFrame(() => {
      frame = 0;
      flush();
    });
  };
  const onCompositionStart = () => {
    flush();
    sync();
    composing = true;
  };
  // Never inside compositionend: the browser puts the caret back where the composed text ended, after its listeners.
  const onCompositionEnd = () => {
    composing = false;
    later('insertCompositionText');
  };
  const listeners: [string, (e: never) => void][] = [
    ['keydown', onKeyDown],
    ['beforeinput', onBeforeInput],
    ['input', onInput],
    ['compositionstart', onCompositionStart],
    ['compositionend', onCompositionEnd],
    ['focus', sync],
    ['blur', flush],
  ];
  for (const [type, fn] of listeners) input.addEventListener(type, fn as EventListener);
  return {
    flush,
    pending: () => pending !== undefined,
    unbind() {
      cancel();
      for (const [type, fn] of listeners) input.removeEventListener(type, fn as EventListener);
    },
  };
}
