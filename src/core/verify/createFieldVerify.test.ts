import { describe, expect, it, vi } from 'vitest';
import { createFieldVerify } from './createFieldVerify.js';
import { createForm } from '../form/createForm.js';
import { VERIFY_MESSAGES } from '../../locales/verify.js';
import type { Verdict, Verifier } from './types.js';

const signal = { aborted: false, addEventListener() {} };
const ctx = { signal, values: {} };
const answering = (verdict: unknown): Verifier & { calls: unknown[][] } => {
  const calls: unknown[][] = [];
  return { calls, verify: (...args) => (calls.push(args), Promise.resolve(verdict as Verdict)) };
};
const make = (verifier: Verifier, extra: Partial<Parameters<typeof createFieldVerify>[0]> = {}) =>
  createFieldVerify({ verifier, kind: 'email', locale: 'fr', messages: VERIFY_MESSAGES, context: () => ({ country: 'FR', field: 'email' }), ...extra });

describe('createFieldVerify', () => {
  it('turns an invalid verdict into a warning by default, with the message in the page language', async () => {
    const v = answering({ status: 'invalid', issues: [{ code: 'email.no_mx', severity: 'error', message: 'No mail server' }] });
    const issues = await make(v)('marie@sans-mx.example', ctx);
    expect(issues).toEqual([{ code: 'email.no_mx', severity: 'warning', message: 'Aucun serveur de messagerie ne reçoit les e-mails de sans-mx.example : vérifiez l’adresse.' }]);
    expect(v.calls[0]!.slice(0, 2)).toEqual(['email', 'marie@sans-mx.example']);
    expect(v.calls[0]![2]).toMatchObject({ country: 'FR', field: 'email', signal });
  });

  it('blocks only when strict, and never for a risky verdict', async () => {
    const invalid = answering({ status: 'invalid', issues: [{ code: 'email.no_domain', severity: 'error', message: 'x', params: { domain: 'exmaple.fr' } }] });
    expect((await make(invalid, { strict: true })('a@exmaple.fr', ctx))[0]).toMatchObject({ severity: 'error', message: expect.stringContaining('exmaple.fr') });
    const risky = answering({ status: 'risky', issues: [{ code: 'email.disposable', severity: 'error', message: 'Temporary' }] });
    expect((await make(risky, { strict: true })('a@yopmail.com', ctx))[0]).toMatchObject({ code: 'email.disposable', severity: 'warning', message: 'Temporary' });
  });

  it('picks a reason variant and keeps a code it has no text for with the server message, cut short', async () => {
    const v = answering({ status: 'invalid', issues: [{ code: 'phone.type_mismatch', severity: 'error', message: 'm', params: { reason: 'mobile' } }, { code: 'vendor.odd', severity: 'warning', message: 'z'.repeat(1000) }] });
    const issues = await make(v, { kind: 'phone' })('+33 1 23 45 67 89', ctx);
    expect(issues[0]!.message).toBe('Ce numéro n’est pas un mobile : indiquez un numéro de mobile.');
    expect(issues[1]!.message).toHaveLength(300);
  });

  it('caches definite verdicts per value and context, an unknown one for 30 s only', async () => {
    const v = answering({ status: 'valid', issues: [] });
    const verify = make(v);
    await verify('a@example.com', ctx);
    await verify('a@example.com', ctx);
    expect(v.calls).toHaveLength(1);
    await verify('b@example.com', ctx);
    expect(v.calls).toHaveLength(2);
    const unknown = answering({ status: 'unknown', issues: [] });
    const u = make(unknown);
    const now = vi.spyOn(Date, 'now').mockReturnValue(1_000_000);
    await expect(u('a@example.com', ctx)).rejects.toThrow();
    await expect(u('a@example.com', ctx)).rejects.toThrow();
    expect(unknown.calls).toHaveLength(1);
    now.mockReturnValue(1_000_000 + 30_001);
    await expect(u('a@example.com', ctx)).rejects.toThrow();
    expect(unknown.calls).toHaveLength(2);
    now.mockRestore();
  });

  it.each([[undefined], [null], ['valid'], [{ status: 'valid' }], [{ status: 'maybe', issues: [] }], [{ status: 'invalid', issues: [] }], [{ status: 'invalid', issues: [null, 3, { code: 5 }] }]])(
    'a garbage verdict %j is unknown (rejects), so the store marks the field unverified',
    async (verdict) => {
      await expect(make(answering(verdict))('a@example.com', ctx)).rejects.toThrow();
    },
  );

  it('in the store: unknown never blocks, an invalid verdict warns after the local rule passed', async () => {
    const v = answering({ status: 'unknown', issues: [] });
    const store = createForm({ fields: { email: { check: (x) => ({ valid: true, value: x.trim(), issues: [] }), verify: make(v) } }, debounceMs: 0 });
    store.setValue('email', ' a@example.com ');
    const snap = await store.validate();
    expect(snap.fields.email).toMatchObject({ status: 'unverified', valid: true, issues: [] });
    expect(v.calls[0]![1]).toBe('a@example.com'); // the rule's normalized value
    const failing: Verifier = { verify: vi.fn(() => Promise.reject(new Error('down'))) };
    const store2 = createForm({ fields: { email: { verify: make(failing) } }, debounceMs: 0 });
    store2.setValue('email', 'a@example.com');
    expect((await store2.validate()).fields.email).toMatchObject({ status: 'unverified', valid: true });
  });
});
