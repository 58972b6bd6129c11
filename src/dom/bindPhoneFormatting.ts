// As-you-type phone formatting on one input: caret kept, IME respected, frameworks told through `input`.
import { formatPhoneAsYouType } from '../core/phone/index.js';
import { isPhoneSignificant, mapCaret } from '../core/caret/mapCaret.js';

const significant = (s: string) => Array.from(s).filter(isPhoneSignificant).join('');

/** Formats `input` as the person types for `country()`; returns the function that unbinds it. */
export function bindPhoneFormatting(input: HTMLInputElement, country: () => string | undefined): () => void {
  let composing = false;
  let rewriting = false;
  let last = input.value;

  const reformat = (inputType = '') => {
    let value = input.value;
    let caret = input.selectionStart ?? value.length;
    // Backspace over a separator would be undone by reformatting: delete the digit before it instead.
    if (inputType === 'deleteContentBackward' && value.length < last.length && significant(value) === significant(last) && caret > 0) {
      let i = caret - 1;
      while (i >= 0 && !isPhoneSignificant(value[i]!)) i--;
      if (i >= 0) {
        value = value.slice(0, i) + value.slice(i + 1);
        caret = i;
      }
    }
    const formatted = formatPhoneAsYouType(value, country());
    last = formatted;
    if (formatted === input.value) return;
    const doc = input.ownerDocument;
    const pos = mapCaret(value, caret, formatted);
    input.value = formatted;
    if (doc.activeElement === input) input.setSelectionRange(pos, pos);
    rewriting = true;
    try {
      input.dispatchEvent(new Event('input', { bubbles: true }));
    } finally {
      rewriting = false;
    }
  };

  const onInput = (e: Event) => {
    if (rewriting) return;
    if (composing || (e as InputEvent).isComposing) return;
    reformat((e as InputEvent).inputType ?? '');
  };
  const onCompositionStart = () => {
    composing = true;
  };
  const onCompositionEnd = () => {
    composing = false;
    reformat();
  };
  input.addEventListener('input', onInput);
  input.addEventListener('compositionstart', onCompositionStart);
  input.addEventListener('compositionend', onCompositionEnd);
  return () => {
    input.removeEventListener('input', onInput);
    input.removeEventListener('compositionstart', onCompositionStart);
    input.removeEventListener('compositionend', onCompositionEnd);
  };
}
