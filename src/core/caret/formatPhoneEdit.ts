// One edit of a phone field, formatted: the value to show and where the caret goes. Pure, so the DOM binding and the
// React adapter (which formats inside React's onChange) format every keystroke the same way.
import { isPhoneSignificant, mapCaret } from './mapCaret.js';

/** What a field shows after an edit: `value` is the edited text itself when formatting leaves it as it is. */
export interface PhoneEdit {
  value: string;
  caret: number;
}

/**
 * Formats `value` (the field after an edit of kind `inputType`, caret at `caret`) that showed `previous` before it.
 * Backspace or Delete over a separator that formatting would put back removes the digit before (after) it instead.
 */
export function formatPhoneEdit(previous: string, value: string, caret: number, inputType: string, format: (text: string) => string): PhoneEdit {
  let text = value;
  let at = Math.max(0, Math.min(Number.isFinite(caret) ? Math.trunc(caret) : value.length, value.length));
  let formatted = format(text);
  // A space or letter that formatting keeps as typed (before "poste 12") is simply deleted.
  if (formatted === previous && text.length < previous.length && (inputType === 'deleteContentBackward' || inputType === 'deleteContentForward')) {
    const back = inputType === 'deleteContentBackward';
    let i = back ? at - 1 : at;
    while (i >= 0 && i < text.length && !isPhoneSignificant(text[i]!)) i += back ? -1 : 1;
    if (i >= 0 && i < text.length) {
      text = text.slice(0, i) + text.slice(i + 1);
      if (back) at = i;
      formatted = format(text);
    }
  }
  // A space the person just typed after a complete group stays: the next digit lands after it either way.
  const spaced = inputType === 'insertText' && text === value && at === text.length && text.endsWith(' ') && formatted === text.trimEnd();
  if (formatted === value || spaced) return { value, caret: at };
  return { value: formatted, caret: mapCaret(text, at, formatted) };
}
