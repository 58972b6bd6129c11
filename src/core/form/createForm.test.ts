import { describe, expect, it, vi } from 'vitest';
import { createForm } from './createForm.js';
import type { CheckResult, Issue } from '../types.js';

const issue = (code: Issue['code'], severity: Issue['severity']): Issue => ({ code, severity, message: code });
const notEmpty = (v: string): CheckResult => (v.includes('@') ? { valid: true, value: v.trim().toLowerCase(), issues: [] } : { valid: false, value: v, issues: [issue('email.syntax', 'error')] });
const postal = (v: string, values: Readonly<Record<string, string>>): CheckResult =>
  values.country === 'FR' && !/^\d{5}$/.test(v) ? { valid: false, value: v, issues: [issue('postal.invalid', 'error')] } : { valid: true, value: v, issues: [] };

describe('createForm', () => {
  it('runs the rule on setValue and keeps the normalized value', () => {
    const form = createForm({ fields: { email: { check: notEmpty, required: true } } });
    form.setValue('email', 'Jean@X.FR ');
    const f = form.getSnapshot().fields.email!;
    expect(f).toMatchObject({ value: 'Jean@X.FR ', normalized: 'jean@x.fr', valid: true, status: 'valid' });
    form.setValue('email', 'jean');
    expect(form.getSnapshot().valid).toBe(false);
    expect(form.getSnapshot().fields.email!.issues.map((i) => i.code)).toEqual(['email.syntax']);
  });
  it('keeps snapshot identity until something changes, and notifies only on change', () => {
    const form = createForm({ fields: { email: { check: notEmpty }, name: {} } });
    const listener = vi.fn();
    form.subscribe(listener);
    const s0 = form.getSnapshot();
    form.setValue('email', '');
    expect(form.getSnapshot()).toBe(s0);
    expect(listener).not.toHaveBeenCalled();
    form.setValue('name', 'Zoé');
    const s1 = form.getSnapshot();
    expect(s1).not.toBe(s0);
    expect(s1.fields.email).toBe(s0.fields.email); // untouched field keeps its identity
    expect(listener).toHaveBeenCalledTimes(1);
    form.touch('name');
    form.touch('name');
    expect(listener).toHaveBeenCalledTimes(2);
  });
  it('an empty optional field is valid; a required one runs its rule', () => {
    const optional = createForm({ fields: { email: { check: notEmpty } } });
    return optional.validate().then((s) => {
      expect(s.valid).toBe(true);
      const required = createForm({ fields: { email: { check: notEmpty, required: true } } });
      return required.validate().then((r) => expect(r.fields.email).toMatchObject({ valid: false, touched: true }));
    });
  });
  it('re-checks dependent fields when the country changes', () => {
    const form = createForm({ fields: { country: {}, postal: { check: postal, dependsOn: ['country'] } }, values: { country: 'GB' } });
    form.setValue('postal', 'SW1A 2AA');
    expect(form.getSnapshot().fields.postal!.valid).toBe(true);
    form.setValue('country', 'FR');
    expect(form.getSnapshot().fields.postal!.valid).toBe(false);
  });
  it('debounces the verifier and drops stale results', async () => {
    vi.useFakeTimers();
    const calls: string[] = [];
    const verify = vi.fn((v: string, { signal }: { signal: { aborted: boolean } }) => {
      calls.push(v);
      return new Promise<Issue[]>((r) => setTimeout(() => r(signal.aborted ? [] : v.startsWith('bad') ? [issue('email.syntax', 'error')] : []), 50));
    });
    const form = createForm({ fields: { email: { check: notEmpty, verify, required: true } }, debounceMs: 100 });
    form.setValue('email', 'a@x.fr');
    form.setValue('email', 'bad@x.fr');
    expect(form.getSnapshot().fields.email!.status).toBe('validating');
    await vi.advanceTimersByTimeAsync(120);
    form.setValue('email', 'good@x.fr'); // aborts the in-flight bad@ verification
    await vi.advanceTimersByTimeAsync(300);
    expect(calls).toEqual(['bad@x.fr', 'good@x.fr']);
    expect(form.getSnapshot().fields.email).toMatchObject({ value: 'good@x.fr', status: 'valid', valid: true });
    vi.useRealTimers();
  });
  it('a verifier that throws or times out yields unverified, not an exception', async () => {
    vi.useFakeTimers();
    const form = createForm({
      fields: {
        a: { check: notEmpty, verify: () => Promise.reject(new Error('down')) },
        b: { check: notEmpty, verify: () => new Promise(() => {}) },
      },
      debounceMs: 0,
      verifyTimeoutMs: 1000,
    });
    form.setValue('a', 'x@y.fr');
    form.setValue('b', 'x@y.fr');
    const done = form.validate();
    await vi.advanceTimersByTimeAsync(1500);
    const s = await done;
    expect(s.fields.a!.status).toBe('unverified');
    expect(s.fields.b!.status).toBe('unverified');
    expect(s.valid).toBe(true); // unverified never blocks
    vi.useRealTimers();
  });
  it('validate() waits for async verification', async () => {
    const form = createForm({ fields: { email: { check: notEmpty, verify: async () => [issue('email.disposable', 'warning')] } }, values: { email: 'a@yopmail.com' } });
    const s = await form.validate('email');
    expect(s.fields.email!.issues.map((i) => i.code)).toEqual(['email.disposable']);
    expect(s.fields.email!.valid).toBe(true);
  });
  it('says clearly when a field name is unknown, and stops after destroy', () => {
    const form = createForm({ fields: { email: {} } });
    expect(() => form.setValue('emial', 'x')).toThrow(/^saisie: unknown field "emial"/);
    const listener = vi.fn();
    form.subscribe(listener);
    form.destroy();
    form.setValue('email', 'x');
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('createForm: fields that come and go', () => {
  it('adds a field later, checks it, and removes it from the snapshot and validity', async () => {
    const form = createForm({ fields: { name: {} } });
    form.setField('email', { check: notEmpty, required: true }, 'nope');
    expect(form.getSnapshot().fields.email!.issues.map((i) => i.code)).toEqual(['email.syntax']);
    expect(form.getSnapshot().valid).toBe(false);
    form.removeField('email');
    expect(form.getSnapshot().fields.email).toBeUndefined();
    expect(form.getSnapshot().valid).toBe(true);
    expect((await form.validate()).valid).toBe(true);
    expect(() => form.setValue('email', 'x')).toThrow(/saisie: unknown field/);
  });
  it('replacing a config keeps the value and re-checks with the new rule', () => {
    const form = createForm({ fields: { postal: { check: postal } }, values: { postal: '123' } });
    form.setField('postal', { check: () => ({ valid: false, value: 'x', issues: [issue('postal.invalid', 'error')] }) });
    expect(form.getSnapshot().fields.postal).toMatchObject({ value: '123', valid: false });
  });
  it('drops a pending verification of a removed field', async () => {
    let finish: (v: Issue[]) => void = () => undefined;
    const form = createForm({ fields: { email: { check: notEmpty, verify: () => new Promise<Issue[]>((r) => (finish = r)) } }, debounceMs: 0 });
    form.setValue('email', 'a@b.fr');
    expect(form.getSnapshot().validating).toBe(true);
    form.removeField('email');
    finish([issue('email.syntax', 'error')]);
    await Promise.resolve();
    expect(form.getSnapshot()).toMatchObject({ valid: true, validating: false });
  });
});

describe('createForm: verification asked once per value', () => {
  it('a validate() while the same value is being verified waits for that answer instead of asking again', async () => {
    let finish: (issues: Issue[]) => void = () => {};
    const verify = vi.fn(() => new Promise<Issue[]>((r) => (finish = r)));
    const form = createForm({ fields: { email: { check: (v) => ({ valid: true, value: v, issues: [] }), verify } }, debounceMs: 0 });
    form.setValue('email', 'a@b.fr');
    await Promise.resolve();
    expect(verify).toHaveBeenCalledTimes(1);
    const done = form.validate();
    expect(verify).toHaveBeenCalledTimes(1);
    finish([{ code: 'email.no_mx', severity: 'warning', message: 'no MX' }]);
    expect((await done).fields.email!.issues.map((i) => i.code)).toEqual(['email.no_mx']);
    // Another value is a new question.
    form.setValue('email', 'c@d.fr');
    await Promise.resolve();
    expect(verify).toHaveBeenCalledTimes(2);
  });

  it('a code the rule already gave is not repeated by the verifier', async () => {
    const warn = { code: 'email.disposable', severity: 'warning', message: 'temporary' } as Issue;
    const form = createForm({ fields: { email: { check: (v) => ({ valid: true, value: v, issues: [warn] }), verify: async () => [{ ...warn, message: 'server says temporary' }] } }, debounceMs: 0 });
    form.setValue('email', 'a@yopmail.com');
    expect((await form.validate()).fields.email!.issues).toEqual([warn]);
  });
});
