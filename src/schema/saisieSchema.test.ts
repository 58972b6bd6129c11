import { describe, expect, it } from 'vitest';
import type { StandardSchemaV1 } from '@standard-schema/spec';
import { tables } from '../defaults.js';
import { FORM_MESSAGES } from '../locales/form.js';
import { VERIFY_MESSAGES } from '../locales/verify.js';
import type { Verdict, Verifier } from '../core/verify/types.js';
import { saisieSchema } from './saisieSchema.js';
import { email } from './email.js';

const t = { data: tables, form: FORM_MESSAGES, verify: VERIFY_MESSAGES };
type Issues = { issues: { message: string; path: PropertyKey[] }[] };
const paths = (r: unknown) => (r as Issues).issues.map((i) => i.path);

describe('saisieSchema', () => {
  it('normalizes a good object, the country read from its field, other keys unchanged', () => {
    const s = saisieSchema({ email: 'email', phone: 'phone', postalCode: 'postalCode', country: 'country' }, { countryField: 'country' }, t);
    const r = s['~standard'].validate({ email: ' Marie@Example.com', phone: '020 7946 0958', postalCode: 'sw1a2aa', country: 'gb', newsletter: true });
    expect(r).toEqual({ value: { email: 'Marie@example.com', phone: '+442079460958', postalCode: 'SW1A 2AA', country: 'GB', newsletter: true } });
  });
  it('keys the issues of a bad object by field, in the locale; errors only unless warnings', () => {
    const s = saisieSchema({ email: 'email', phone: 'phone', postalCode: 'postalCode' }, { country: 'FR', locale: 'fr' }, t);
    const r = s['~standard'].validate({ email: 'marie@', phone: '06 12', postalCode: '7500' }) as Issues;
    expect(paths(r)).toEqual([['email'], ['phone'], ['postalCode']]);
    expect(r.issues[0]!.message).toMatch(/\S/);
    expect(s['~standard'].validate({ email: 'marie@gmial.com', phone: '0612345678', postalCode: '75001' })).toHaveProperty('value');
    const warned = saisieSchema({ email: 'email' }, { warnings: true }, t)['~standard'].validate({ email: 'marie@gmial.com' });
    expect(paths(warned)).toEqual([['email']]);
  });
  it('requires a field unless optional, and takes any Standard Schema as a field', () => {
    const s = saisieSchema({ email: 'email', phone: { role: 'phone', optional: true }, work: email({}, t) }, {}, t);
    const r = s['~standard'].validate({ phone: '', work: 'x@' });
    expect(paths(r)).toEqual([['email'], ['work']]);
    expect(s['~standard'].validate({ email: 'a@b.fr', work: 'C@D.FR' })).toEqual({ value: { email: 'a@b.fr', work: 'C@d.fr' } });
  });
  it('never throws on hostile input', () => {
    const s = saisieSchema({ email: 'email', phone: 'phone', country: 'country' }, { countryField: 'country' }, t);
    for (const x of [null, 42, 'a@b.fr', [], undefined]) expect(paths(s['~standard'].validate(x))).toEqual([[]]);
    const getter = Object.defineProperty({}, 'email', { enumerable: true, get() { throw new Error('boom'); } });
    expect(paths(s['~standard'].validate(getter))).toEqual([['email'], ['phone'], ['country']]);
    const polluted = { ...JSON.parse('{"__proto__": {"email": "a@b.fr"}, "email": 5}'), phone: '9'.repeat(1_000_000), country: 'x'.repeat(1_000_000) };
    expect(paths(s['~standard'].validate(polluted))).toEqual([['email'], ['phone'], ['country']]);
    // An own "__proto__" key passes through as an own key, never as the output's prototype.
    const out = saisieSchema({ email: 'email' }, {}, t)['~standard'].validate(JSON.parse('{"__proto__": {"x": 1}, "email": "a@b.fr"}')) as { value: Record<string, unknown> };
    expect(Object.getPrototypeOf(out.value)).toBe(Object.prototype);
    expect(Object.keys(out.value)).toEqual(['__proto__', 'email']);
  });
  it('throws a clear TypeError on an unknown role or bad options', () => {
    expect(() => saisieSchema({ vat: 'vat' } as never, {}, t)).toThrow(/saisie: saisieSchema\(\): the field "vat"/);
    expect(() => saisieSchema({ email: 'email' }, { country: 'France' }, t)).toThrow(/saisie:/);
  });

  describe('with a verifier', () => {
    const verifier = (verdict: Verdict | Error): Verifier => ({ verify: async () => { if (verdict instanceof Error) throw verdict; return verdict; } });
    const invalid: Verdict = { status: 'invalid', issues: [{ code: 'email.no_mx', severity: 'error', message: 'No mail server.' }] };
    const validate = (v: Verifier, strict: boolean) =>
      saisieSchema({ email: 'email' }, { verifier: v, ...(strict && { verifyStrictness: 'strict' as const }) }, t)['~standard'].validate({ email: 'a@nowhere.fr' });
    it('returns a Promise; an invalid verdict is an issue only when strict', async () => {
      const strict = validate(verifier(invalid), true);
      expect(strict).toBeInstanceOf(Promise);
      expect(paths(await strict)).toEqual([['email']]);
      expect(await validate(verifier(invalid), false)).toEqual({ value: { email: 'a@nowhere.fr' } });
    });
    it('lets unknown verdicts and throwing verifiers through', async () => {
      expect(await validate(verifier({ status: 'unknown', issues: [] }), true)).toEqual({ value: { email: 'a@nowhere.fr' } });
      expect(await validate(verifier(new Error('down')), true)).toEqual({ value: { email: 'a@nowhere.fr' } });
    });
    it('does not ask about a value the local rules refuse', async () => {
      let asked = 0;
      const s = saisieSchema({ email: 'email' }, { verifier: { verify: async () => (asked++, invalid) }, verifyStrictness: 'strict' }, t);
      const r = (await s['~standard'].validate({ email: 'a@' })) as StandardSchemaV1.FailureResult;
      expect(r.issues).toHaveLength(1);
      expect(asked).toBe(0);
    });
  });
});
