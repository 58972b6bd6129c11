// Every public check is total on hostile strings, through the built Node entry: no throw, a result of the
// contract's shape, and a non-string is a `saisie:` TypeError or an error issue.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as saisie from '../dist/node.js';

const HOSTILE = [
  '',
  ' ',
  'x'.repeat(100_000),
  '@'.repeat(100_000),
  '+3'.repeat(50_000),
  '('.repeat(50_000) + 'a@b.fr',
  'a@' + 'b.'.repeat(50_000),
  '\uD800\uDC00\uD800',
  '\u202Ejean@gmail.com\u202C',
  '\u0000\u0007\u001B[31m',
  '０６１２３４５６７８',
  'Ｍａｒｉｅ',
  '\uFEFFjean@gmail.com',
  'é'.repeat(100_000),
  'constructor',
  '__proto__',
  'jean@constructor',
  'a@b.constructor',
  'toString',
];

type Checker = (s: string) => unknown;
const CHECKS: Record<string, Checker> = {
  checkEmail: (s) => saisie.checkEmail(s),
  checkPhone: (s) => saisie.checkPhone(s, { country: 'FR' }),
  checkPhoneNoCountry: (s) => saisie.checkPhone(s),
  checkPostalCode: (s) => saisie.checkPostalCode(s, 'GB'),
  checkCivilityName: (s) => saisie.checkCivility({ civility: 'M.', firstName: s }),
  checkCivilityTitle: (s) => saisie.checkCivility({ civility: s, firstName: 'Marie' }),
};

function expectResult(r: unknown) {
  const res = r as { valid: unknown; value: unknown; issues: { code: string; severity: string; message: string }[] };
  expect(typeof res.valid).toBe('boolean');
  expect(typeof res.value).toBe('string');
  expect(Array.isArray(res.issues)).toBe(true);
  for (const i of res.issues) {
    expect(saisie.ISSUE_CODES).toHaveProperty([i.code]);
    expect(['error', 'warning', 'info']).toContain(i.severity);
    expect(typeof i.message).toBe('string');
    expect(i.message).not.toBe(i.code); // every code has a message
  }
  expect(res.valid).toBe(!res.issues.some((i) => i.severity === 'error'));
}

describe('hostile input', () => {
  for (const [name, check] of Object.entries(CHECKS)) {
    it(`${name} is total on the hostile samples`, () => {
      for (const s of HOSTILE) expectResult(check(s));
      for (const locale of ['constructor', '__proto__']) expectResult(saisie.checkEmail('jean@gmial.com', { locale }));
    });
    it(`${name} is total on arbitrary Unicode`, () => {
      fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => expectResult(check(s))), { numRuns: 300 });
    });
  }
  it('formatters return strings on hostile samples and arbitrary Unicode', () => {
    const address = (s: string) => ({ name: s, organization: s, addressLines: [s, s], locality: s, region: s, postalCode: s, country: 'FR' });
    for (const s of HOSTILE) {
      expect(typeof saisie.formatPhoneAsYouType(s, 'FR')).toBe('string');
      for (const style of ['display', 'postal'] as const) {
        const lines = saisie.formatAddress(address(s), { style });
        expect(lines.every((l: unknown) => typeof l === 'string')).toBe(true);
      }
    }
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        expect(typeof saisie.formatPhoneAsYouType(s)).toBe('string');
        expect(Array.isArray(saisie.formatAddress(address(s), { style: 'postal' }))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
  it('empty and blank values are errors for email, phone and postal code', () => {
    for (const s of ['', '   ', '\t\n']) {
      expect(saisie.checkEmail(s).valid).toBe(false);
      expect(saisie.checkPhone(s, { country: 'FR' }).valid).toBe(false);
      expect(saisie.checkPostalCode(s, 'FR').valid).toBe(false);
    }
    expect(saisie.checkCivility({ civility: '', firstName: 'Marie' }).issues).toEqual([]);
    expect(saisie.checkCivility({ civility: 'M.', firstName: '' }).issues).toEqual([]);
  });
  it('a non-string is a saisie: TypeError or an error issue, never a crash elsewhere', () => {
    const calls: Array<() => unknown> = [
      () => saisie.checkEmail(42 as unknown as string),
      () => saisie.checkPhone(null as unknown as string),
      () => saisie.checkPostalCode({} as unknown as string, 'FR'),
      () => saisie.formatPhoneAsYouType(undefined as unknown as string),
    ];
    for (const call of calls) {
      try {
        const r = call() as { valid?: boolean } | string;
        if (typeof r !== 'string') expect(r.valid).toBe(false);
      } catch (err) {
        expect(err).toBeInstanceOf(TypeError);
        expect(String((err as Error).message)).toMatch(/^saisie: /);
      }
    }
  });
});
