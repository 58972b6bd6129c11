import { describe, expect, it } from 'vitest';
import { convertPhoneLetters } from './convertPhoneLetters.js';

describe('convertPhoneLetters', () => {
  it('gives the keypad digits of a vanity number (ITU E.161)', () => {
    expect(convertPhoneLetters('1-800-FLOWERS')).toBe('1-800-3569377');
    expect(convertPhoneLetters('+1 800 got milk')).toBe('+1 800 468 6455');
    expect(convertPhoneLetters('0800 ABCDEFGHIJKLMNOPQRSTUVWXYZ')).toBe('0800 22233344455566677778889999');
  });
  it('only after three digits and with three letters or more, as Google\'s libphonenumber', () => {
    for (const s of ['06 12 34 5x 78', '06 AB 34 56 78', 'FLOWERS', 'Jean Dupont', '12-FLOWERS', '1-800-FLÖWERS', '1800 FLOWERS!', '']) expect(convertPhoneLetters(s), s).toBeUndefined();
  });
  it('is linear on hostile input', () => {
    expect(convertPhoneLetters('123' + ' '.repeat(100_000) + '!')).toBeUndefined();
    expect(convertPhoneLetters('+' + '( '.repeat(50_000) + '1')).toBeUndefined();
  });
});
