import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSaisie } from '../../createSaisie.js';
import { browserTables } from '../../../test/tables.js';

const { checkPostalCode } = createSaisie(browserTables());

describe('checkPostalCode', () => {
  it('gives the canonical form of each country', () => {
    for (const [input, cc, canonical] of [
      ['sw1a2aa', 'GB', 'SW1A 2AA'], ['m11ae', 'GB', 'M1 1AE'], ['k1a0b1', 'CA', 'K1A 0B1'], ['1234ab', 'NL', '1234 AB'], [' 75001 ', 'FR', '75001'],
      ['221621010', 'US', '22162-1010'], ['95014', 'us', '95014'], ['01310100', 'BR', '01310-100'], ['1000001', 'JP', '100-0001'], ['00950', 'PL', '00-950'],
      ['７５００１', 'FR', '75001'], ['Sw1A  2aa', 'GB', 'SW1A 2AA'], ['1010', 'AT', '1010'], ['D02 X285', 'IE', 'D02 X285'],
    ] as const) {
      expect([input, checkPostalCode(input, cc)]).toEqual([input, { valid: true, value: canonical, issues: [] }]);
    }
  });
  it('rejects codes that do not fit the country, with an example in the message', () => {
    const r = checkPostalCode('SW1A 2AA', 'FR');
    expect(r.valid).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: 'postal.invalid', severity: 'error', params: { reason: 'format' } });
    expect(r.issues[0]!.message).toMatch(/33380/);
    expect(checkPostalCode('7500', 'FR').valid).toBe(false);
    expect(checkPostalCode('', 'FR').issues[0]!.params!.reason).toBe('empty');
    expect(checkPostalCode('75001', 'FR', { locale: 'fr' }).valid).toBe(true);
    expect(checkPostalCode('123', 'FR', { locale: 'fr' }).issues[0]!.message).toMatch(/^Saisissez un code postal valide/);
  });
  it('knows countries without postal codes', () => {
    for (const cc of ['HK', 'AE', 'QA']) {
      const r = checkPostalCode('', cc);
      expect(r.valid).toBe(true);
      expect(r.issues.map((i) => i.code)).toEqual(['postal.none']);
    }
  });
  it('says when the country is unknown, without throwing', () => {
    expect(checkPostalCode('75001', 'XX').issues[0]).toMatchObject({ code: 'country.unknown', severity: 'error' });
    expect(checkPostalCode('75001', 'x'.repeat(100000)).valid).toBe(false);
    expect(() => checkPostalCode(75001 as unknown as string, 'FR')).toThrow(/^saisie: /);
  });
  it('property: total on any string, canonical value is a fixed point', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.constantFrom('FR', 'GB', 'CA', 'NL', 'US', 'BR', 'JP', 'DE', 'HK'), (s, cc) => {
        const r = checkPostalCode(s, cc);
        if (r.valid && r.issues.length === 0) expect(checkPostalCode(r.value, cc).value).toBe(r.value);
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z]\d[A-Z] ?\d[A-Z]\d$/), (code) => {
        const r = checkPostalCode(code.toLowerCase(), 'CA');
        if (r.valid) expect(checkPostalCode(r.value, 'CA')).toEqual(r);
      }),
    );
    expect(checkPostalCode('1'.repeat(100_000), 'FR').valid).toBe(false);
  });
});
