import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createPhoneFormatter, formatPhoneAsYouType } from './formatPhoneAsYouType.js';

// The running formatter must never show anything else than the stateless one would for the same text.
describe('createPhoneFormatter', () => {
  it('formats each text exactly as formatPhoneAsYouType, whatever was typed, deleted, pasted or rechosen before', () => {
    const char = fc.constantFrom(...'0123456789', '0', '6', ' ', '+', '-', '(', ')', '.', '/', 'x', '#', '٣', '０');
    const step = fc.oneof(
      { weight: 8, arbitrary: char.map((c) => ({ kind: 'type' as const, c })) },
      { weight: 2, arbitrary: fc.constant({ kind: 'backspace' as const }) },
      { weight: 1, arbitrary: fc.string({ unit: char, maxLength: 20 }).map((s) => ({ kind: 'paste' as const, s })) },
      { weight: 1, arbitrary: fc.constantFrom('FR', 'US', 'GB', 'CH', 'DE', undefined).map((cc) => ({ kind: 'country' as const, cc })) },
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), fc.constantFrom('FR', 'US', undefined), (steps, first) => {
        const format = createPhoneFormatter();
        let text = '';
        let cc: string | undefined = first;
        for (const s of steps) {
          if (s.kind === 'type') text += s.c;
          else if (s.kind === 'backspace') text = text.slice(0, -1);
          else if (s.kind === 'paste') text = s.s;
          else cc = s.cc;
          const expected = formatPhoneAsYouType(text, cc);
          expect(format(text, cc)).toBe(expected);
          text = expected; // the field shows the formatted text, and the next key is typed into it
        }
      }),
      { numRuns: 400 },
    );
  });
  it('types a French, an international and a US number key by key as the stateless formatter does', () => {
    for (const [digits, cc] of [['0612345678', 'FR'], ['+33142685300', 'FR'], ['0033612345678', 'FR'], ['2015550123', 'US'], ['+442079460958', undefined]] as const) {
      const format = createPhoneFormatter();
      let shown = '';
      for (const d of digits) {
        shown = format(shown + d, cc);
        expect(shown).toBe(formatPhoneAsYouType(digits.slice(0, [...shown.replace(/[^\d+]/g, '')].length), cc));
      }
      expect(shown).toBe(formatPhoneAsYouType(digits, cc));
    }
  });
});
