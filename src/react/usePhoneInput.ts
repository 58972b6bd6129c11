// As-you-type phone formatting for an uncontrolled input (React Hook Form's register), with core's edit formatting.
import { useRef, type ChangeEvent } from 'react';
import { formatPhoneEdit } from '../core/caret/formatPhoneEdit.js';

/** Phone formatting for an uncontrolled input (React Hook Form's `register('phone')`): spread its props through. */
export function usePhoneInputWith<P extends { onChange?(event: ChangeEvent<HTMLInputElement>): unknown; ref?: unknown }>(format: (text: string, country?: string) => string, props: P & { country?: string }): Omit<P, 'country'> {
  const previous = useRef('');
  const { country, ...rest } = props;
  const given = rest.ref as ((el: HTMLInputElement | null) => void) | { current: HTMLInputElement | null } | null | undefined;
  return {
    ...rest,
    // The owner's ref first (React Hook Form writes its default value there), then that value as the field shows it.
    ref: (el: HTMLInputElement | null) => {
      if (typeof given === 'function') given(el);
      else if (given && typeof given === 'object') given.current = el;
      if (!el || el.value === '' || el.value === previous.current) return;
      el.value = previous.current = format(el.value, country);
    },
    onChange: (e: ChangeEvent<HTMLInputElement>) => {
      const el = e.target;
      const native = e.nativeEvent as InputEvent;
      if (!native.isComposing) {
        const r = formatPhoneEdit(previous.current, el.value, el.selectionStart ?? el.value.length, native.inputType ?? '', (t) => format(t, country));
        // The input is uncontrolled (its owner reads it on change): writing it here is what it will read.
        if (r.value !== el.value) {
          el.value = r.value;
          if (el.ownerDocument.activeElement === el) el.setSelectionRange(r.caret, r.caret);
        }
        previous.current = r.value;
      }
      return rest.onChange?.(e);
    },
  } as Omit<P, 'country'>;
}
