import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getCountryCallingCode, parsePhoneNumberFromString, type CountryCode, type MetadataJson } from 'libphonenumber-js/core';
import MAX from 'libphonenumber-js/metadata.max.json';
import EXAMPLES from 'libphonenumber-js/examples.mobile.json';
import { checkPhone as checkPhoneIn, type PhoneCheckOptions } from './checkPhone.js';
import { formatPhoneAsYouType as formatIn } from './formatPhoneAsYouType.js';
import { loadPhoneMetadata as loadIn } from './loadPhoneMetadata.js';
import { createPhoneData, type PhoneData } from './phoneData.js';
import { browserPhone, maxPhone } from '../../../test/tables.js';

// The configuration the tests below use: the browser's, or Node's where a block says so.
let data: PhoneData = browserPhone();
const checkPhone = (input: string, options?: PhoneCheckOptions) => checkPhoneIn(input, options, data);
const formatPhoneAsYouType = (input: string, country?: string) => formatIn(input, country, data);
const loadPhoneMetadata = (country: string) => loadIn(country, data);

describe('checkPhone with full metadata (as in Node)', () => {
  beforeAll(() => (data = maxPhone()));
  afterAll(() => (data = browserPhone()));
  it('reads every way people write a French number', () => {
    for (const s of ['06 12 34 56 78', '06.12.34.56.78', '06-12-34-56-78', '0612345678', '+33 6 12 34 56 78', '+33 (0)6 12 34 56 78', '0033 6 12 34 56 78', '612345678', '(06) 12 34 56 78', '０６１２３４５６７８', ' +33612345678 ']) {
      expect([s, checkPhone(s, { country: 'FR' }).value]).toEqual([s, '+33612345678']);
    }
  });
  it('describes the number, with its type', () => {
    expect(checkPhone('06 12 34 56 78', { country: 'FR' }).phone).toEqual({ e164: '+33612345678', country: 'FR', type: 'MOBILE', national: '06 12 34 56 78', international: '+33 6 12 34 56 78' });
    expect(checkPhone('01 42 68 53 00', { country: 'FR' }).phone?.type).toBe('FIXED_LINE');
    expect(checkPhone('09 70 00 00 00', { country: 'FR' }).phone?.type).toBe('VOIP');
    expect(checkPhone('0800 00 00 00', { country: 'FR' }).phone?.type).toBe('TOLL_FREE');
  });
  it('works for other countries, national and international', () => {
    for (const [s, cc, e164] of [
      ['020 7946 0958', 'GB', '+442079460958'], ['(213) 373-4253', 'US', '+12133734253'], ['030 901820', 'DE', '+4930901820'], ['0470 12 34 56', 'BE', '+32470123456'],
      ['044 668 18 00', 'CH', '+41446681800'], ['612 34 56 78', 'ES', '+34612345678'], ['06 6982 1234', 'IT', '+390669821234'], ['0612345678', 'MA', '+212612345678'],
      ['77 123 45 67', 'SN', '+221771234567'], ['+86 138 0013 8000', undefined, '+8613800138000'], ['+91 98765 43210', undefined, '+919876543210'], ['(11) 91234-5678', 'BR', '+5511912345678'], ['090-1234-5678', 'JP', '+819012345678'],
    ] as const) {
      expect([s, checkPhone(s, { country: cc }).value]).toEqual([s, e164]);
    }
  });
  it('says what is wrong', () => {
    const reason = (s: string, country?: string) => checkPhone(s, { country }).issues[0]?.params?.reason;
    expect(reason('', 'FR')).toBe('empty');
    expect(reason('06 12', 'FR')).toBe('too-short');
    expect(reason('06 12 34 56 78 90 12', 'FR')).toBe('too-long');
    expect(reason('06 12 34 5x 78', 'FR')).toBe('not-a-number');
    expect(reason('06 12 34 56 78')).toBe('invalid-country');
    expect(checkPhone('', { country: 'FR' }).issues[0]).toMatchObject({ code: 'phone.invalid', severity: 'error' });
    expect(checkPhone('06', { country: 'FR', locale: 'fr' }).issues[0]!.message).toMatch(/trop court/);
    expect(checkPhone('0612345678', { country: 'XX' }).issues[0]!.params!.reason).toBe('invalid-country');
  });
});

describe('browser metadata: European regions up front, every other region and types on demand', () => {
  it('accepts a number of a region not loaded yet, unchecked, and checks it once loaded', async () => {
    const before = checkPhone('+81 90-1234-5678');
    expect(before).toMatchObject({ valid: true, value: '+819012345678' });
    expect(before.issues.map((i) => [i.code, i.severity])).toEqual([['phone.unchecked', 'info']]);
    expect(checkPhone('090-1234-5678', { country: 'JP' }).issues[0]!.code).toBe('phone.unchecked');
    expect(await loadPhoneMetadata('JP')).toBe(true);
    expect(checkPhone('090-1234-5678', { country: 'JP' })).toMatchObject({ valid: true, value: '+819012345678', phone: { type: 'MOBILE' } });
    expect(checkPhone('+81 90-1234-56').valid).toBe(false);
    expect(formatPhoneAsYouType('09012345678', 'JP')).toBe('090-1234-5678');
  });
  it('validates without types, then loads the country and gives types', async () => {
    expect(checkPhone('06 12 34 56 78', { country: 'FR' }).phone?.type).toBeUndefined();
    expect(checkPhone('06 12 34 56 78', { country: 'FR' }).valid).toBe(true);
    expect(await loadPhoneMetadata('fr')).toBe(true);
    expect(checkPhone('06 12 34 56 78', { country: 'FR' }).phone?.type).toBe('MOBILE');
    expect(checkPhone('+1 213 373 4253').valid).toBe(true); // other countries untouched
    expect(await loadPhoneMetadata('XX')).toBe(false);
  });
});

describe('checkPhone with the browser metadata (69 regions up front)', () => {
  it('a Canadian number is Canadian before any other +1 region loads', async () => {
    const check = (input: string, options?: PhoneCheckOptions) => checkPhoneIn(input, options, browserPhone());
    expect(check('6139950000', { country: 'CA' })).toMatchObject({ valid: true, value: '+16139950000' });
    expect(check('+1 613 995 0000')).toMatchObject({ valid: true, value: '+16139950000' });
    expect(check('(415) 555-0132', { country: 'US' }).valid).toBe(true);
  });
});

describe('phone configurations live side by side', () => {
  it('two tables in one process: each rule answers from its own', async () => {
    const browser = browserPhone();
    const node = maxPhone();
    const offline = createPhoneData(browser.metadata, { messages: { en: { 'phone.unchecked': 'Not checked.' } } });
    expect(checkPhoneIn('+81 90-1234-5678', {}, node).phone?.type).toBe('MOBILE');
    expect(checkPhoneIn('+81 90-1234-5678', {}, browser).issues[0]!.code).toBe('phone.unchecked');
    expect(await loadIn('JP', offline)).toBe(false); // no loader: nothing loads, nothing is fetched
    expect(checkPhoneIn('+81 90-1234-5678', {}, offline).issues[0]!.message).toBe('Not checked.');
    expect(await loadIn('JP', browser)).toBe(true);
    expect(checkPhoneIn('+81 90-1234-5678', {}, browser).phone?.type).toBe('MOBILE');
    expect(checkPhoneIn('+81 90-1234-5678', {}, offline).issues[0]!.code).toBe('phone.unchecked'); // untouched by the other's load
    expect(checkPhoneIn('06 12 34 56 78', { country: 'FR' }, node).phone?.type).toBe('MOBILE');
    expect(checkPhoneIn('06 12 34 56 78', { country: 'FR' }, offline).phone?.type).toBeUndefined();
  });
  it('a loader that fails or answers garbage leaves the number unchecked, never throws', async () => {
    const failing = createPhoneData(browserPhone().metadata, { load: () => Promise.reject(new Error('offline')) });
    const garbage = createPhoneData(browserPhone().metadata, { load: () => Promise.resolve('<html>') });
    expect(await loadIn('JP', failing)).toBe(false);
    expect(await loadIn('JP', garbage)).toBe(false);
    expect(checkPhoneIn('+81 90-1234-5678', {}, garbage).issues[0]!.code).toBe('phone.unchecked');
  });
  it('refuses what is not libphonenumber metadata, with a saisie: error', () => {
    expect(() => createPhoneData({})).toThrow(/^saisie: createPhoneData/);
    expect(() => createPhoneData(null)).toThrow(/^saisie: createPhoneData/);
  });
});

describe('checkPhone keeps an extension apart from the number (issue 8)', () => {
  const node = maxPhone();
  const check = (input: string, country?: string, d: PhoneData = node) => checkPhoneIn(input, { country }, d);
  it('reads libphonenumber\'s labels and those of European forms; value is the number alone', () => {
    for (const [s, cc, e164, ext] of [
      ['+1 415 555 2671 ext. 123', undefined, '+14155552671', '123'],
      ['+1 415 555 2671 x123', undefined, '+14155552671', '123'],
      ['+1 415 555 2671 #123', undefined, '+14155552671', '123'],
      ['+1 415 555 2671 ext 12', undefined, '+14155552671', '12'],
      ['+1 415 555 2671 extension 12', undefined, '+14155552671', '12'],
      ['(415) 555-2671, 12', 'US', '+14155552671', '12'],
      ['(415) 555-2671,,12', 'US', '+14155552671', '12'],
      ['+14155552671;ext=12', undefined, '+14155552671', '12'],
      ['(213) 373-4253 - 503#', 'US', '+12133734253', '503'],
      ['06 12 34 56 78 poste 12', 'FR', '+33612345678', '12'],
      ['01 42 68 53 00 Poste 1234', 'FR', '+33142685300', '1234'],
      ['030 901820 Durchwahl 12', 'DE', '+4930901820', '12'],
      ['030 901820 DW 12', 'DE', '+4930901820', '12'],
      ['030 901820 App. 12', 'DE', '+4930901820', '12'],
      ['06 6982 1234 int. 12', 'IT', '+390669821234', '12'],
      ['06 6982 1234 interno 12', 'IT', '+390669821234', '12'],
      ['(11) 91234-5678 ramal 12', 'BR', '+5511912345678', '12'],
      ['+81 3-1234-5678 ext. 12', undefined, '+81312345678', '12'],
      ['+33 6 12 34 56 78 ｅｘｔ １２', undefined, '+33612345678', '12'],
    ] as const) {
      const r = check(s, cc);
      expect([s, r.valid, r.value, r.phone?.extension, r.extension]).toEqual([s, true, e164, ext, ext]);
      expect(r.phone!.national + r.phone!.international).not.toMatch(/ext/);
    }
    expect(check('+1 415 555 2671').phone).not.toHaveProperty('extension');
    expect(check('+1 415 555 2671')).not.toHaveProperty('extension');
  });
  it('never glues the extension to a number it cannot check yet (the browser build\'s "+8131234567812")', () => {
    const r = checkPhoneIn('+81 3-1234-5678 ext. 12', {}, browserPhone());
    expect(r).toMatchObject({ valid: true, value: '+81312345678', extension: '12' });
    expect(r.issues.map((i) => i.code)).toEqual(['phone.unchecked']);
  });
  it('an invalid number keeps everything typed as its value, extension and "(0)" included', () => {
    expect(check('06 12 ext. 12', 'FR')).toMatchObject({ valid: false, value: '06 12 ext. 12' });
    expect(check('+8(0)/3-46549')).toMatchObject({ valid: false, value: '+8(0)/3-46549' });
    expect(check('0612345678 poste', 'FR').issues[0]!.params!.reason).toBe('not-a-number'); // a label without digits
    expect(check('06 12 34 5x 78', 'FR').issues[0]!.params!.reason).toBe('not-a-number'); // a slip, not "x 78"
  });
  it('two numbers pasted are not a number, never the first one alone', () => {
    for (const s of ['+33 6 12 34 56 78 / +33 1 42 68 53 00', '+33612345678/+331426']) expect(check(s, 'FR').issues[0]!.params!.reason, s).toBe('not-a-number');
    expect(check('06 12 34 56 78 / 01 42 68 53 00', 'FR').issues[0]!.params!.reason).toBe('too-long');
  });
  it('reads a vanity number through its keypad letters (ITU E.161), only when they spell a valid number', () => {
    expect(check('1-800-FLOWERS', 'US')).toMatchObject({ valid: true, value: '+18003569377' });
    expect(check('+1 800 GOT MILK x12')).toMatchObject({ valid: true, value: '+18004686455', extension: '12' });
    for (const s of ['1-800-FLOWERSS', 'Jean Dupont', '06 AB 34 56 78', 'abc0612345678']) expect(check(s, 'FR').issues[0]!.params!.reason, s).toBe('not-a-number');
    expect(check('+1 415 555 2671 (home)').issues[0]!.params!.reason).toBe('not-a-number');
  });
  it('messages say where an extension goes, in every language', () => {
    for (const locale of ['en', 'fr', 'de', 'es', 'it']) expect(checkPhoneIn('06 12 34 5x 78', { country: 'FR', locale }, node).issues[0]!.message, locale).toMatch(/12/);
  });
  it('stays total and linear on hostile input', () => {
    expect(checkPhone('+3'.repeat(50_000)).valid).toBe(false);
    expect(check('x'.repeat(60)).valid).toBe(false);
    expect(check(',' .repeat(59) + '1').valid).toBe(false);
  });

  // The example number of every region libphonenumber knows, in the forms people write it.
  const examples = Object.entries(EXAMPLES as Record<string, string>).flatMap(([region, nsn]) => {
    const n = parsePhoneNumberFromString(`+${getCountryCallingCode(region as CountryCode, MAX as MetadataJson)}${nsn}`, {}, MAX as MetadataJson);
    if (!n?.isValid()) return [];
    return [[n.formatInternational(), undefined, n.number], [n.number, undefined, n.number], [n.formatNational(), region, n.number]] as [string, string | undefined, string][];
  }).filter(([s, cc, e164]) => check(s, cc).value === e164);
  const SPELLINGS = [' ext. ', ' ext ', 'ext.', ' Ext: ', ' EXT ', ' extension ', ' Extension: ', ' extn ', ' x', ' x ', 'x', ' X', ' #', '#', ' poste ', ' Poste ', ' Durchwahl ', ' DW ', ' Dw. ', ' App. ', ' Apparat ', ' Nebenstelle ', ' int. ', ' Int. ', ' interno ', ' ramal ', ' anexo ', ' доб. ', ' toestel ', ' tst. ', ';ext=', ',', ', ', ',,', ';', ' ~', ', ext. ', ' extensión ', ' ｅｘｔ ', '\u00a0poste\u00a0'];
  it(`property: any of ${SPELLINGS.length} extension spellings after any valid number keeps the extension, the value is the number alone`, () => {
    expect(examples.length).toBeGreaterThan(500);
    fc.assert(
      fc.property(fc.constantFrom(...examples), fc.constantFrom(...SPELLINGS), fc.stringMatching(/^\d{1,6}$/), fc.boolean(), ([number, cc, e164], spelling, ext, hash) => {
        const r = check(`${number}${spelling}${ext}${hash ? '#' : ''}`, cc);
        expect(r).toMatchObject({ valid: true, value: e164, extension: ext, phone: { e164, extension: ext } });
      }),
      { numRuns: 3000 },
    );
  });
  it('property: with the browser\'s tables too (most regions unchecked until they load), an extension changes nothing of the number\'s result', () => {
    const browser = browserPhone();
    fc.assert(
      fc.property(fc.constantFrom(...examples), fc.constantFrom(...SPELLINGS), fc.stringMatching(/^\d{1,6}$/), ([number, cc], spelling, ext) => {
        const alone = checkPhoneIn(number, { country: cc }, browser);
        const typed = `${number}${spelling}${ext}`;
        const r = checkPhoneIn(typed, { country: cc }, browser);
        if (alone.valid) expect(r).toEqual({ ...alone, extension: ext, ...(alone.phone && { phone: { ...alone.phone, extension: ext } }) });
        else expect(r).toMatchObject({ valid: false, value: typed.normalize('NFKC').trim() }); // as typed, full-width folded
      }),
      { numRuns: 3000 },
    );
  });
});
