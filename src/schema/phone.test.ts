import { describe, expect, it } from 'vitest';
import { tables } from '../defaults.js';
import { FORM_MESSAGES } from '../locales/form.js';
import { VERIFY_MESSAGES } from '../locales/verify.js';
import { phone } from './phone.js';

const t = { data: tables, form: FORM_MESSAGES, verify: VERIFY_MESSAGES };

describe('phone schema', () => {
  it('outputs E.164 for national and international numbers', () => {
    const v = phone({ country: 'FR' }, t)['~standard'].validate;
    expect(v('06 12 34 56 78')).toEqual({ value: '+33612345678' });
    expect(v('+41 44 668 18 00')).toEqual({ value: '+41446681800' });
  });
  it('refuses an invalid number with a localized message at path []', () => {
    const en = phone({ country: 'FR' }, t)['~standard'].validate('06 12') as { issues: { message: string; path: unknown[] }[] };
    const fr = phone({ country: 'FR', locale: 'fr' }, t)['~standard'].validate('06 12') as { issues: { message: string; path: unknown[] }[] };
    expect(en.issues).toHaveLength(1);
    expect(en.issues[0]!.path).toEqual([]);
    expect(fr.issues[0]!.message).not.toBe(en.issues[0]!.message);
  });
  it('never throws on hostile values, and throws on a bad country', () => {
    const v = phone({}, t)['~standard'].validate;
    for (const x of [612345678, null, Symbol('x'), '9'.repeat(1_000_000), '+'.repeat(5000)]) expect(v(x)).toHaveProperty('issues');
    expect(() => phone({ country: 'France' }, t)).toThrow(/saisie: phone\(\{ country \}\)/);
  });
});
