import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mapCaret } from './mapCaret.js';

describe('mapCaret', () => {
  it('keeps the caret after the digit just typed in the middle of a number', () => {
    // "06 12| 34" → the person types 9 after "12": raw "06 129 34", formatted "06 12 93 4"
    expect(mapCaret('06 129 34', 6, '06 12 93 4')).toBe(7);
  });
  it('counts an IME\'s full-width digits, which formatting folds to ASCII', () => {
    expect(mapCaret('+33 6１２', 7, '+33 6 12')).toBe(8);
  });

  it('keeps it at the end when typing at the end', () => {
    expect(mapCaret('0612', 4, '06 12')).toBe(5);
  });
  it('after a deletion in the middle', () => {
    // "06 12 34 56" delete the 3 → "06 12 4 56" caret at 6 → formatted "06 12 45 6"
    expect(mapCaret('06 12 4 56', 6, '06 12 45 6')).toBe(5); // before the space, so Backspace deletes the 2
  });
  it('with a plus and a dial code', () => {
    expect(mapCaret('+3361', 5, '+33 6 1')).toBe(7);
    expect(mapCaret('+33', 1, '+33')).toBe(1);
  });
  it('counts the letters kept as typed too: after an extension label the caret stays after it', () => {
    expect(mapCaret('0612345678 poste', 16, '06 12 34 56 78 poste')).toBe(20);
    expect(mapCaret('0612345678 poste 12', 13, '06 12 34 56 78 poste 12')).toBe(17); // after "po"
    expect(mapCaret('٠٦١٢', 4, '06 12')).toBe(5); // Arabic-Indic digits, folded one for one
  });
  it('caret at the start stays at the start', () => {
    expect(mapCaret('0612', 0, '06 12')).toBe(0);
  });
  it('total: the caret is always inside the new value, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.integer({ min: -5, max: 300 }), fc.string({ unit: 'binary' }), (a, c, b) => {
        const r = mapCaret(a, c, b);
        expect(r).toBeGreaterThanOrEqual(0);
        expect(r).toBeLessThanOrEqual(b.length);
      }),
    );
    expect(mapCaret('12', Number.NaN, '1 2')).toBe(3);
  });
  it('preserves the number of significant characters before the caret when the digits are kept', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{0,15}$/), fc.nat(20), (digits, c) => {
        const caret = Math.min(c, digits.length);
        const formatted = digits.replace(/(\d{2})(?=\d)/g, '$1 ');
        const pos = mapCaret(digits, caret, formatted);
        expect(formatted.slice(0, pos).replace(/\D/g, '')).toBe(digits.slice(0, caret));
      }),
    );
  });
});
