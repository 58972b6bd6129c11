import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isExtensionText, splitExtension } from './phoneExtension.js';

describe('splitExtension', () => {
  it('reads libphonenumber\'s extension forms', () => {
    for (const [s, number, extension] of [
      ['+1 415 555 2671 ext. 123', '+1 415 555 2671', '123'],
      ['+1 415 555 2671 EXT:123', '+1 415 555 2671', '123'],
      ['+1 415 555 2671 extension 123', '+1 415 555 2671', '123'],
      ['+1 415 555 2671 extensión 123', '+1 415 555 2671', '123'],
      ['+1 415 555 2671 extn 123#', '+1 415 555 2671', '123'],
      ['+1 415 555 2671 x123', '+1 415 555 2671', '123'],
      ['+14155552671x123', '+14155552671', '123'],
      ['+1 415 555 2671 #123', '+1 415 555 2671', '123'],
      ['+1 415 555 2671 ~123', '+1 415 555 2671', '123'],
      ['+1 415 555 2671 int. 123', '+1 415 555 2671', '123'],
      ['+14155552671;ext=123', '+14155552671', '123'],
      ['+1 415 555 2671, 123', '+1 415 555 2671', '123'],
      ['+1 415 555 2671,,123', '+1 415 555 2671', '123'],
      ['+1 415 555 2671;123', '+1 415 555 2671', '123'],
      ['(213) 373-4253 - 503#', '(213) 373-4253', '503'],
      ['+7 495 123-45-67 доб. 12', '+7 495 123-45-67', '12'],
      ['+55 11 91234-5678 ramal 12', '+55 11 91234-5678', '12'],
      ['+351 21 123 4567 anexo 12', '+351 21 123 4567', '12'],
    ] as const) {
      expect(splitExtension(s), s).toMatchObject({ number, extension });
    }
  });
  it('reads the labels of European forms', () => {
    for (const [s, extension] of [['01 42 68 53 00 poste 12', '12'], ['01 42 68 53 00 Poste: 12', '12'], ['030 901820 Durchwahl 12', '12'], ['030 901820 DW 12', '12'], ['030 901820 App. 12', '12'], ['030 901820 Apparat 12', '12'], ['030 901820 Nebenstelle 12', '12'], ['06 6982 1234 interno 12', '12'], ['020 123 4567 toestel 12', '12'], ['020 123 4567 tst. 12', '12']] as const) {
      expect(splitExtension(s), s).toMatchObject({ number: s.slice(0, s.search(/ \D/)), extension });
    }
  });
  it('leaves a number without extension whole, and is wary of what only looks like one', () => {
    for (const s of ['06 12 34 56 78', '+33 6 12 34 56 78', '030 901820', '06.12.34.56.78', '(213) 373-4253', 'ext. 12', 'x12', '06 12 34 56 78 poste', '06 12 34 56 78 bureau 12', '12:34', '0612345678 x1234567890', '0612345678 ext. 123456789012345678901', '06 12 34 56 78 (12)']) {
      expect(splitExtension(s), s).toEqual({ number: s });
    }
    expect(splitExtension('06 12 34 5x 78')).toMatchObject({ extension: '78', ambiguous: true });
    expect(splitExtension('06 12 34 56 78 poste 12')).toMatchObject({ ambiguous: false });
  });
  it('is total and linear on hostile input', () => {
    for (const s of [' '.repeat(100_000) + '1', ','.repeat(100_000) + '1', 'x'.repeat(100_000) + '1', '1' + 'a'.repeat(100_000) + ' x1', '1'.repeat(100_000)]) splitExtension(s);
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
      const { number, extension } = splitExtension(s);
      if (extension !== undefined) expect(s.startsWith(number.trimStart()) || s.trim().startsWith(number)).toBe(true);
    }));
  });
});

describe('isExtensionText', () => {
  it('an extension or the beginning of one, as typed after a number', () => {
    for (const s of [' ext. 12', 'x12', ' x', 'x', ' #', '#12#', ',12', ',,', ';ext=12', ' poste 12', ' pos', ' p', ' e', ' ex', ' Durchw', ' Durchwahl: 12', ' DW 12', ' int. 12', ' i', ' ~12', ' ｅｘｔ １２', ' ext. 12 ', ' доб. 12']) expect(isExtensionText(s), s).toBe(true);
  });
  it('anything else is text formatting does not touch', () => {
    for (const s of ['FLOWERS', '-FLOWERS', ' (home)', ' / +33 1', '+33', ' bureau', ' poste 12 ou 13', ' e 12', ' ext. 12 x', '*', ' ext. 12a', '']) expect(isExtensionText(s), JSON.stringify(s)).toBe(false);
  });
});
