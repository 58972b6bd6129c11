import { describe, expect, it } from 'vitest';
import { createForm } from './createForm.js';
import { decideSubmit } from './submitGate.js';
import type { CheckResult } from '../types.js';

const rule = (v: string): CheckResult =>
  v === 'bad' ? { valid: false, value: v, issues: [{ code: 'email.syntax', severity: 'error', message: 'e' }] }
  : v.startsWith('odd') ? { valid: true, value: v, issues: [{ code: 'email.typo', severity: 'warning', message: 'w' }] }
  : { valid: true, value: v, issues: [] };

describe('submitGate', () => {
  it('errors block, warnings ask once per value, pending verification waits, the rest passes', () => {
    const form = createForm({ fields: { a: { check: rule }, b: { check: rule } } });
    expect(decideSubmit(form.getSnapshot())).toEqual({ action: 'pass' });
    form.setValue('a', 'bad');
    form.setValue('b', 'odd');
    expect(decideSubmit(form.getSnapshot())).toEqual({ action: 'block', fields: ['a'] });
    form.setValue('a', 'ok');
    const ask = decideSubmit(form.getSnapshot());
    expect(ask).toMatchObject({ action: 'confirm', fields: ['b'] });
    const signature = ask.action === 'confirm' ? ask.signature : '';
    expect(decideSubmit(form.getSnapshot(), signature)).toEqual({ action: 'pass' });
    form.setValue('b', 'odder');
    expect(decideSubmit(form.getSnapshot(), signature).action).toBe('confirm'); // a new value asks again
  });
  it('waits while a verifier is pending', () => {
    const form = createForm({ fields: { a: { check: rule, verify: () => new Promise(() => undefined) } }, debounceMs: 0 });
    form.setValue('a', 'ok');
    expect(decideSubmit(form.getSnapshot())).toEqual({ action: 'wait' });
  });
});

describe('decideSubmit after waiting', () => {
  it('a pending verification holds a submit until it has waited, then no longer', () => {
    const form = createForm({ fields: { email: { check: (v) => ({ valid: true, value: v, issues: [] }), verify: () => new Promise(() => {}) } }, debounceMs: 0 });
    form.setValue('email', 'a@b.fr');
    expect(decideSubmit(form.getSnapshot())).toEqual({ action: 'wait' });
    expect(decideSubmit(form.getSnapshot(), '', true)).toEqual({ action: 'pass' });
  });
});
