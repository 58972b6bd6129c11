import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
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

describe('formatPhoneAsYouType', () => {
  it('formats as typed, for a country or from a +', () => {
    expect(formatPhoneAsYouType('0612345', 'FR')).toBe('06 12 34 5');
    expect(formatPhoneAsYouType('+33612345678')).toBe('+33 6 12 34 56 78');
    expect(formatPhoneAsYouType('+33 (0)6 12', 'FR')).toBe('+33 6 12');
    expect(formatPhoneAsYouType('+33 6 12 34 56 78', 'FR')).toBe('+33 6 12 34 56 78');
    expect(formatPhoneAsYouType('2133734', 'US')).toBe('(213) 373-4');
    expect(formatPhoneAsYouType('0612', 'zz')).toBe('0612');
  });
  it('property: keeps the digits, is idempotent, never throws, clamps absurd input', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\+?\d{0,15}$/), fc.constantFrom(undefined, 'FR', 'US', 'GB', 'DE', 'BR', 'JP'), (s, cc) => {
        const once = formatPhoneAsYouType(s, cc);
        expect(once.replace(/\D/g, '')).toBe(s.replace(/\D/g, ''));
        expect(formatPhoneAsYouType(once, cc)).toBe(once);
      }),
      { numRuns: 2000 },
    );
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => void formatPhoneAsYouType(s, 'FR')), { numRuns: 1000 });
    expect(formatPhoneAsYouType('6'.repeat(100_000), 'FR')).toBe('6'.repeat(100_000)); // too long: unchanged, never cut
    expect(checkPhone('+3'.repeat(50_000)).valid).toBe(false);
    expect(() => formatPhoneAsYouType(undefined as unknown as string)).toThrow(/^saisie: /);
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

describe('formatPhoneAsYouType keeps what it does not understand', () => {
  it('an extension stays as typed after the formatted number', () => {
    expect(formatPhoneAsYouType('(415) 555-0132 ext. 12', 'US')).toBe('(415) 555-0132 ext. 12');
    expect(formatPhoneAsYouType('0612345678 poste 12', 'FR')).toBe('06 12 34 56 78 poste 12');
    expect(formatPhoneAsYouType('0612345678x12', 'FR')).toBe('06 12 34 56 78x12');
    expect(formatPhoneAsYouType('ext', 'FR')).toBe('ext');
  });
  it('a text too long to be one number is left unchanged, never cut', () => {
    const two = '+33 6 12 34 56 78 / +33 1 42 68 53 00 / +33 6 98 76 54 32 / +33 1';
    expect(two.length).toBeGreaterThan(60);
    expect(formatPhoneAsYouType(two, 'FR')).toBe(two);
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
