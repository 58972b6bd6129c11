import { describe, expect, it } from 'vitest';
import { tables } from '../defaults.js';
import { FORM_MESSAGES } from '../locales/form.js';
import { VERIFY_MESSAGES } from '../locales/verify.js';
import { email } from './email.js';

const t = { data: tables, form: FORM_MESSAGES, verify: VERIFY_MESSAGES };

describe('email schema', () => {
  it('outputs the normalized address', () => {
    const s = email({}, t);
    expect(s['~standard'].vendor).toBe('saisie');
    expect(s['~standard'].version).toBe(1);
    expect(s['~standard'].validate('  Marie@Example.COM ')).toEqual({ value: 'Marie@example.com' });
  });
  it('gives errors at path [] in the locale, warnings only when asked', () => {
    expect(email({ locale: 'fr' }, t)['~standard'].validate('marie@')).toEqual({ issues: [{ message: expect.stringMatching(/\S/), path: [] }] });
    expect(email({}, t)['~standard'].validate('marie@gmial.com')).toEqual({ value: 'marie@gmial.com' });
    const warned = email({ warnings: true }, t)['~standard'].validate('marie@gmial.com') as { issues: { message: string }[] };
    expect(warned.issues[0]!.message).toContain('gmail.com');
  });
  it('never throws on hostile values', () => {
    const v = email({}, t)['~standard'].validate;
    for (const x of [42, null, undefined, {}, [], 'a'.repeat(1_000_000) + '@x.fr', '\ud800@x.fr']) expect(v(x)).toHaveProperty('issues');
    expect(email({ optional: true }, t)['~standard'].validate('  ')).toEqual({ value: '' });
  });
  it('throws a clear TypeError on a bad locale', () => {
    expect(() => email({ locale: '__proto__' }, t)).toThrow(/saisie: email\(\)/);
  });
});
