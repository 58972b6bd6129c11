import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkPhone } from './checkPhone.js';
import { formatPhoneAsYouType as formatIn } from './formatPhoneAsYouType.js';
import type { PhoneData } from './phoneData.js';
import { browserPhone, maxPhone } from '../../../test/tables.js';

const browser = browserPhone();
const node = maxPhone();
const formatPhoneAsYouType = (input: string, country?: string, data: PhoneData = browser) => formatIn(input, country, data);

/** The decimal digits of `s` by value, whatever their script (ASCII, full-width, Arabic-Indic, Devanagari…). */
function digitsOf(s: string): string {
  let out = '';
  for (const ch of s) {
    if (!/\p{Nd}/u.test(ch)) continue;
    // Unicode encodes decimal digits in runs of ten, 0 to 9: a digit's value is its distance from its run's 0.
    let cp = ch.codePointAt(0)!;
    let n = 0;
    while (/\p{Nd}/u.test(String.fromCodePoint(cp - 1))) {
      cp--;
      n++;
    }
    out += n % 10;
  }
  return out;
}

/** What the field shows after each key when `text` is typed one character at a time, each state formatted. */
function typeEach(text: string, country: string): string[] {
  const seen: string[] = [];
  let value = '';
  for (const ch of text) seen.push((value = formatPhoneAsYouType(value + ch, country)));
  return seen;
}

const COUNTRIES = [undefined, 'FR', 'US', 'GB', 'DE', 'CH', 'BE', 'IT', 'ES', 'BR', 'JP', 'RU', 'AR', 'MX', 'IN', 'zz'];
// What people type in a phone field, and what they paste into it: digits of several scripts, separators, plus
// signs, extension labels, vanity letters, notes.
const PIECES = [
  ...'0123456789', '0', '6', '1', '3', '00', '+', '+33', '+1', '+44', '+7', '(0)', ' ', ' ', '  ', '-', '.', '/', '(', ')', '[', ']', '\u00a0', '\u3000', '\t', '\n',
  '１', '２', '＋', '（', '）', '－', '٣', '۵', '٠', '०', '𝟕', ...'xX#~,;:=*', 'ext', 'ext.', ' ext. ', 'poste', ' poste ', 'Durchwahl', 'DW', 'int.', 'ext=', ';ext=',
  'FLOWERS', 'A', 'e', 'p', 'o', 'é', 'д', 'доб', '(home)', ' / ', 'ｅｘｔ', '\u200b', '\u00ad', '\u2013', '\u2212', '\ud83d\ude00', '\ud800',
];
const typed = (maxLength: number) => fc.array(fc.constantFrom(...PIECES), { maxLength }).map((a) => a.join('')).filter((s) => s.length <= 200);
// A number as typed or pasted (what formatting works on), then maybe an extension or other text.
const DIGITS = [...'0123456789', '١', '٢', '۳', '５', '0'];
const SEPARATORS = [' ', '-', '.', '/', '(', ')', '  ', '\u00a0', '（', '）', '\u2013', '(0)'];
const TAILS = ['', '', ' ext. ', ' x', 'x', ' #', '#', ',', ',,', ';', ';ext=', ' poste ', ' Durchwahl ', ' int. ', ' ~', ' e', ' po', ' Dur', ' FLOWERS', ' / ', ' +', '+', ' bureau', ' (home)', ' ｅｘｔ '];
const numberish = fc
  .tuple(fc.constantFrom('', '', '+', '00', ' ', '+ ', '＋'), fc.array(fc.oneof(fc.constantFrom(...DIGITS), fc.constantFrom(...DIGITS), fc.constantFrom(...SEPARATORS)), { maxLength: 22 }), fc.constantFrom(...TAILS), fc.stringMatching(/^\d{0,5}$/))
  .map(([lead, body, tail, ext]) => lead + body.join('') + tail + ext);
const anyText = fc.oneof(numberish, numberish, typed(30), typed(120), fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }));

describe('formatPhoneAsYouType', () => {
  it('formats as typed, for a country or from a +', () => {
    expect(formatPhoneAsYouType('0612345', 'FR')).toBe('06 12 34 5');
    expect(formatPhoneAsYouType('+33612345678')).toBe('+33 6 12 34 56 78');
    expect(formatPhoneAsYouType('+33 6 12 34 56 78', 'FR')).toBe('+33 6 12 34 56 78');
    expect(formatPhoneAsYouType('2133734', 'US')).toBe('(213) 373-4');
    expect(formatPhoneAsYouType('0612', 'zz')).toBe('0612');
    expect(formatPhoneAsYouType('  +33 6', 'FR')).toBe('+33 6'); // AsYouType alone gives "" here
    expect(formatPhoneAsYouType('+١٢١٢٢٣٢٣٢٣٢')).toBe('+1 212 232 3232');
  });
  it('shows the "(0)" written after a calling code where it was, formatting the rest (its 0 is a digit typed)', () => {
    expect(formatPhoneAsYouType('+33 (0)6 12', 'FR')).toBe('+33 (0)6 12');
    expect(formatPhoneAsYouType('+33(0)612345678')).toBe('+33 (0)6 12 34 56 78');
    expect(formatPhoneAsYouType('+44 (0)20 7946 0958')).toBe('+44 (0)20 7946 0958');
    expect(formatPhoneAsYouType('+33 (0)')).toBe('+33 (0)');
  });
  it('never throws, clamps absurd input by returning it unchanged', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => void formatPhoneAsYouType(s, 'FR')), { numRuns: 1000 });
    expect(formatPhoneAsYouType('6'.repeat(100_000), 'FR')).toBe('6'.repeat(100_000));
    expect(formatPhoneAsYouType('+3'.repeat(30), 'FR')).toBe('+3'.repeat(30));
    expect(() => formatPhoneAsYouType(undefined as unknown as string)).toThrow(/^saisie: /);
  });
});

describe('formatPhoneAsYouType never deletes what was typed (issue 8)', () => {
  it('an extension stays as typed after the formatted number', () => {
    expect(formatPhoneAsYouType('(415) 555-0132 ext. 12', 'US')).toBe('(415) 555-0132 ext. 12');
    expect(formatPhoneAsYouType('4155550132 ext. 12', 'US')).toBe('(415) 555-0132 ext. 12');
    expect(formatPhoneAsYouType('+1-213-373-4253 ext. 123')).toBe('+1 213 373 4253 ext. 123');
    expect(formatPhoneAsYouType('0612345678 poste 12', 'FR')).toBe('06 12 34 56 78 poste 12');
    expect(formatPhoneAsYouType('0612345678x12', 'FR')).toBe('06 12 34 56 78x12');
    expect(formatPhoneAsYouType('030901820 Durchwahl 12', 'DE')).toBe('030 901820 Durchwahl 12');
    expect(formatPhoneAsYouType('0669821234 int. 12', 'IT')).toBe('06 6982 1234 int. 12');
    expect(formatPhoneAsYouType('+14155552671;ext=12')).toBe('+1 415 555 2671;ext=12');
    expect(formatPhoneAsYouType('4155552671,12', 'US')).toBe('(415) 555-2671,12');
    expect(formatPhoneAsYouType('4155552671 #12', 'US')).toBe('(415) 555-2671 #12');
    expect(formatPhoneAsYouType('ext', 'FR')).toBe('ext');
  });
  it('seen: "06 12 34 56 78 poste 12" lost its extension', () => {
    expect(formatPhoneAsYouType('06 12 34 56 78 poste 12', 'FR')).toBe('06 12 34 56 78 poste 12');
    expect(checkPhone('06 12 34 56 78 poste 12', { country: 'FR' }, browser)).toMatchObject({ valid: true, value: '+33612345678', extension: '12' });
  });
  it('seen: two numbers pasted kept only the first; both stay as typed', () => {
    for (const two of ['+33 6 12 34 56 78 / +33 1 42 68 53 00', '+33612345678/+33142685300', '+33 6 12 34 56 78 +33 1 42 68 53 00', '06 12 34 56 78 / 01 42 68 53 00', '0612345678 0142685300']) {
      expect(formatPhoneAsYouType(two, 'FR'), two).toBe(two);
      expect(checkPhone(two, { country: 'FR' }, browser).valid, two).toBe(false);
    }
  });
  it('seen: "0612345678 x12" typed key by key became "061234567812"', () => {
    const seen = typeEach('0612345678 x12', 'FR');
    seen.forEach((v, i) => expect(digitsOf(v)).toBe(digitsOf('0612345678 x12'.slice(0, i + 1))));
    expect(seen.at(-1)).toBe('06 12 34 56 78x12'); // the space before x goes when typed alone at the end (the DOM binding keeps it)
    expect(checkPhone(seen.at(-1)!, { country: 'FR' }, browser)).toMatchObject({ valid: true, value: '+33612345678', extension: '12' });
    expect(typeEach('0612345678 poste 12', 'FR').at(-1)).toBe('06 12 34 56 78poste 12');
    expect(typeEach('4155550132 ext. 12', 'US').at(-1)).toBe('(415) 555-0132ext. 12');
  });
  it('seen: a 70-character paste was cut to 60; longer text is returned unchanged, never cut', () => {
    const paste = '+33 6 12 34 56 78 (portable, le matin) ou le 01 42 68 53 00, au bureau';
    expect(paste.length).toBe(70);
    expect(formatPhoneAsYouType(paste, 'FR')).toBe(paste);
    const long = '+33 6 12 34 56 78 / +33 1 42 68 53 00 / +33 6 98 76 54 32 / +33 1';
    expect(long.length).toBeGreaterThan(60);
    expect(formatPhoneAsYouType(long, 'FR')).toBe(long);
  });
  it('seen: "1-800-FLOWERS" became "1800"; the letters stay as typed (checkPhone reads them per ITU E.161)', () => {
    expect(formatPhoneAsYouType('1-800-FLOWERS', 'US')).toBe('1-800-FLOWERS');
    expect(formatPhoneAsYouType('1 800 FLOWERS', 'US')).toBe('1 800 FLOWERS');
    // Typed key by key, "1800" is formatted before the first letter comes; the letters then follow as typed.
    expect(typeEach('1800FLOWERS', 'US').at(-1)).toBe('1 (800)FLOWERS');
    expect(checkPhone('1-800-FLOWERS', { country: 'US' }, browser)).toMatchObject({ valid: true, value: '+18003569377' });
  });
  it('seen: "+8(0)/3-46549" became "+8346549"; its 0 stays', () => {
    expect(formatPhoneAsYouType('+8(0)/3-46549')).toBe('+8(0)346549');
    expect(digitsOf(formatPhoneAsYouType('+8(0)/3-46549'))).toBe('8034654' + '9');
    expect(checkPhone('+8(0)/3-46549', {}, browser).valid).toBe(false);
  });
  it('text it does not understand stays as typed, whole', () => {
    for (const s of ['0612345678 (Marie)', '06 12 34 56 78 bureau', '*31#0612345678', '06 12 34 56 78 poste 12 ou 13', '0612345678 e 12']) expect(formatPhoneAsYouType(s, 'FR'), s).toBe(s);
  });

  it('property: for any text up to 200 characters, the output holds the digits of the input, in order', () => {
    for (const data of [browser, node]) {
      fc.assert(
        fc.property(anyText, fc.constantFrom(...COUNTRIES), (s, cc) => {
          expect(digitsOf(formatIn(s, cc, data))).toBe(digitsOf(s));
        }),
        { numRuns: 4000 },
      );
    }
  });
  it('property: formatting is idempotent, format(format(x)) === format(x)', () => {
    for (const data of [browser, node]) {
      fc.assert(
        fc.property(anyText, fc.constantFrom(...COUNTRIES), (s, cc) => {
          const once = formatIn(s, cc, data);
          expect(formatIn(once, cc, data)).toBe(once);
        }),
        { numRuns: 4000 },
      );
    }
  });
  it('property: every letter, "#" and other mark typed stays, in order (only spaces and separators may change)', () => {
    const marks = (s: string) => s.replace(/[\s\p{Nd}\-\u2010-\u2015\u2212\u30fc\uff0d\uff0f/\uff0e.\u00ad\u200b\u2060()\uff08\uff09\uff3b\uff3d[\]\u2053\u223c+\uff0b]/gu, '');
    fc.assert(
      fc.property(anyText, fc.constantFrom(...COUNTRIES), (s, cc) => {
        expect(marks(formatPhoneAsYouType(s, cc))).toBe(marks(s));
      }),
      { numRuns: 4000 },
    );
  });
  it('property: digits typed one at a time, an extension after them, each state keeps every digit and its letters', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\+?\d{1,13}$/), fc.constantFrom(' ext. ', ' x', 'x', ' poste ', ',', ' #'), fc.stringMatching(/^\d{0,4}$/), fc.constantFrom('FR', 'US', 'DE', 'GB'), (number, label, ext, cc) => {
        const text = number + label + ext;
        const seen = typeEach(text, cc);
        seen.forEach((v, i) => expect(digitsOf(v)).toBe(digitsOf(text.slice(0, i + 1))));
        expect(seen.at(-1)!.endsWith(label.trimStart() + ext)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
