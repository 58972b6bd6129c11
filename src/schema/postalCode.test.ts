import { describe, expect, it } from 'vitest';
import { tables } from '../defaults.js';
import { FORM_MESSAGES } from '../locales/form.js';
import { VERIFY_MESSAGES } from '../locales/verify.js';
import { postalCode } from './postalCode.js';

const t = { data: tables, form: FORM_MESSAGES, verify: VERIFY_MESSAGES };

describe('postalCode schema', () => {
  it('outputs the canonical code', () => {
    expect(postalCode('GB', {}, t)['~standard'].validate('sw1a2aa')).toEqual({ value: 'SW1A 2AA' });
    expect(postalCode('FR', {}, t)['~standard'].validate(' 75001 ')).toEqual({ value: '75001' });
  });
  it('refuses a code of the wrong form, in the locale', () => {
    const r = postalCode('FR', { locale: 'de' }, t)['~standard'].validate('7500') as { issues: { message: string; path: unknown[] }[] };
    expect(r.issues).toEqual([{ message: expect.stringMatching(/\S/), path: [] }]);
  });
  it('never throws on hostile values, and throws on an unknown country', () => {
    const v = postalCode('FR', {}, t)['~standard'].validate;
    for (const x of [75001, null, { toString: () => '75001' }, '7'.repeat(1_000_000)]) expect(v(x)).toHaveProperty('issues');
    expect(() => postalCode('XX', {}, t)).toThrow(/saisie: postalCode\(country\)/);
  });
});
