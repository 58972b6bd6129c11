import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSaisie } from '../../createSaisie.js';
import { browserTables } from '../../../test/tables.js';
import ADDRESS from '../../data/address-formats.json' with { type: 'json' };
import { nationalPrefix, postalPrefixes } from '../address/postalPrefix.js';

const { checkPostalCode, getAddressFormat } = createSaisie(browserTables());
const REGIONS = ADDRESS.formats.split('\n').map((row) => row.split('\t')[0]!).filter((cc) => cc.length === 2);

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
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.constantFrom('FR', 'GB', 'CA', 'NL', 'US', 'BR', 'JP', 'DE', 'HK', 'DK', 'LU', 'LV', 'AX', 'HN', 'VG', 'AI', 'KY'), (s, cc) => {
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
  it('accepts a country prefix as people type it and gives the national form (issue 8)', () => {
    for (const [input, cc, canonical] of [
      ['DK-1120', 'DK', '1120'], ['dk 1120', 'DK', '1120'], ['DK1120', 'DK', '1120'], ['DK–1120', 'DK', '1120'],
      ['L-1120', 'LU', '1120'], ['LU-1120', 'LU', '1120'], ['l1120', 'LU', '1120'],
      ['LT-12345', 'LT', '12345'], ['MD-1234', 'MD', '1234'], ['AZ 1234', 'AZ', '1234'], ['AZ1000', 'AZ', '1000'],
      ['AX-22100', 'AX', '22100'], ['HN12345', 'HN', '12345'], ['HN 31301', 'HN', '31301'],
      ['CH-8001', 'CH', '8001'], ['FI-00550', 'FI', '00550'], ['SE-114 55', 'SE', '11455'], ['SE11455', 'SE', '11455'],
      ['HR-10000', 'HR', '10000'], ['SI-4000', 'SI', '4000'], ['MC-98000', 'MC', '98000'], ['FO100', 'FO', '100'], ['HT6120', 'HT', '6120'],
      ['FL-9496', 'LI', '9496'], ['LI-9496', 'LI', '9496'], ['〒154-0023', 'JP', '154-0023'], ['JP 1540023', 'JP', '154-0023'],
      ['DE-26133', 'DE', '26133'], ['FR-75001', 'FR', '75001'], ['F-75001', 'FR', undefined], // old vehicle letters are in no data: refused
      ['AI-2640', 'AI', '2640'], ['AI 2640', 'AI', '2640'], ['2640', 'AI', '2640'],
    ] as const) {
      const r = checkPostalCode(input, cc);
      expect([input, cc, r.valid ? r.value : undefined]).toEqual([input, cc, canonical]);
    }
  });
  it('gives the prefix to a code typed without it where the national form carries it', () => {
    for (const [input, cc, canonical] of [
      ['1234', 'LV', 'LV-1234'], ['LV1234', 'LV', 'LV-1234'], ['lv 1234', 'LV', 'LV-1234'], ['LV-1234', 'LV', 'LV-1234'],
      ['1110', 'VG', 'VG1110'], ['0100', 'VC', 'VC0100'], ['12345', 'BB', 'BB12345'], ['bb 23026', 'BB', 'BB23026'],
      ['100', 'AD', 'AD100'], ['1-1100', 'KY', 'KY1-1100'], ['11100', 'KY', 'KY1-1100'], ['2 1AA', 'IM', 'IM2 1AA'], ['1 1AA', 'JE', 'JE1 1AA'],
    ] as const) {
      expect([input, cc, checkPostalCode(input, cc)]).toEqual([input, cc, { valid: true, value: canonical, issues: [] }]);
    }
  });
  it('takes only a prefix of the same country', () => {
    for (const [input, cc] of [
      ['DE-1120', 'DK'], ['D-1120', 'DK'], ['SE-1120', 'DK'], ['DK-12345', 'DE'], ['LT-1234', 'LV'], ['LV-12345', 'LT'], ['L-1120', 'LI'],
      ['FL-1120', 'LU'], ['CH-1120', 'LU'], ['GB1110', 'VG'], ['VC1110', 'VG'], ['BB1234', 'LV'], ['MD-12345', 'LT'], ['HN-1234', 'MD'], ['DK-', 'DK'], ['DK', 'DK'],
    ] as const) {
      expect([input, cc, checkPostalCode(input, cc).valid]).toEqual([input, cc, false]);
    }
  });
  it('every region: its own prefix before any example gives the example; where examples carry it, the example without it too', () => {
    const regions = { prefixed: [] as string[], carried: [] as string[] };
    const failures: string[] = [];
    for (const cc of REGIONS) {
      const format = getAddressFormat(cc)!;
      if (!format.zip) continue;
      const national = nationalPrefix(format, cc);
      if (postalPrefixes(format, cc).length > 1) regions.prefixed.push(cc);
      if (national) regions.carried.push(cc);
      for (const example of format.zipExamples) {
        const canonical = checkPostalCode(example, cc).value;
        for (const prefix of postalPrefixes(format, cc)) {
          if (example.startsWith(prefix)) continue;
          for (const typed of [`${prefix}-${example}`, `${prefix} ${example}`, `${prefix}${example}`, `${prefix} - ${example}`.toLowerCase()]) {
            const r = checkPostalCode(typed, cc);
            if (!r.valid || r.value !== canonical) failures.push(`${cc} ${typed} → ${r.value}`);
            else if (checkPostalCode(r.value, cc).value !== r.value) failures.push(`${cc} ${typed}: not a fixed point`);
          }
        }
        if (national) {
          const typed = example.slice(national.length).replace(/^[- ]/, '');
          const r = checkPostalCode(typed, cc);
          if (!r.valid || r.value !== canonical) failures.push(`${cc} ${typed} → ${r.value}`);
        }
      }
    }
    expect(failures).toEqual([]);
    // The format writes a prefix other than the ISO code (L-, FL-, 〒, SINGAPORE); the examples carry the ISO code.
    expect(regions.prefixed.sort()).toEqual(['JP', 'LI', 'LU', 'SG']);
    expect(regions.carried.sort()).toEqual(['AD', 'BB', 'IM', 'JE', 'KY', 'LV', 'VC', 'VG']);
  });
});
