// @vitest-environment jsdom
// Verification through attach's verifier option: what is sent and when, what the person sees, and that a verifier
// failing, slow or answering garbage never keeps a valid form from submitting.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import userEvent from '@testing-library/user-event';
import { attach as attachWith } from './attach.js';
import { browserTables } from '../../test/tables.js';
import type { AttachHandle, AttachOptions, SubmitDetail } from './types.js';
import type { Verdict, Verifier, VerifyContext, VerifyKind } from '../core/verify/types.js';

const FORM = `<form id="f" lang="fr" action="/signup" method="post">
  <label for="email">E-mail</label><input id="email" name="email" type="email" autocomplete="email">
  <label for="tel">Mobile</label><input id="tel" name="tel" type="tel" autocomplete="mobile tel">
  <label for="a1">Adresse</label><input id="a1" name="address1" autocomplete="address-line1">
  <label for="pc">Code postal</label><input id="pc" name="postcode" autocomplete="postal-code">
  <label for="city">Ville</label><input id="city" name="city" autocomplete="address-level2">
  <select id="cc" name="country" autocomplete="country"><option value="FR">France</option></select>
  <button id="go">Envoyer</button>
</form>`;
const NO_MX: Verdict = { status: 'invalid', issues: [{ code: 'email.no_mx', severity: 'error', message: 'No MX' }] };
const VALID: Verdict = { status: 'valid', issues: [] };

const $ = (id: string) => document.getElementById(id) as HTMLInputElement;
const messageOf = (id: string) => {
  const ids = $(id).getAttribute('aria-describedby') ?? '';
  return ids.split(' ').map((m) => document.getElementById(m)?.textContent ?? '').join('');
};

type Call = { kind: VerifyKind; value: string; context?: VerifyContext };
/** A verifier answering `answer(kind, value)`, recording every call. */
function fake(answer: (kind: VerifyKind, value: string) => Verdict | Promise<Verdict> = () => VALID) {
  const calls: Call[] = [];
  const verifier: Verifier = { verify: async (kind, value, context) => (calls.push({ kind, value, context }), answer(kind, value)) };
  return { verifier, calls };
}

let user: ReturnType<typeof userEvent.setup>;
let handle: AttachHandle | undefined;
let submits: SubmitDetail[];
const attach = (verifier: Verifier | undefined, extra: AttachOptions = {}) =>
  (handle = attachWith('#f', { verifier, loadData: false, verifyDebounceMs: 0, warnDelayMs: 50, ...extra }, browserTables()));

beforeEach(() => {
  document.body.innerHTML = FORM;
  user = userEvent.setup();
  submits = [];
  // jsdom cannot navigate: the test records what would be posted.
  document.getElementById('f')!.addEventListener('saisie:submit', (e) => {
    submits.push((e as CustomEvent<SubmitDetail>).detail);
    e.preventDefault();
  });
});
afterEach(() => {
  handle?.destroy();
  handle = undefined;
});

describe('verification in attach', () => {
  it('sends nothing while the local rule fails, then the normalized value once it passes', async () => {
    const { verifier, calls } = fake();
    attach(verifier);
    await user.type($('email'), 'marie@');
    await user.tab();
    await new Promise((r) => setTimeout(r, 100));
    expect(calls).toEqual([]);
    await user.clear($('email'));
    await user.type($('email'), ' marie@exemple.fr');
    await user.tab();
    await vi.waitFor(() => expect(calls.map((c) => [c.kind, c.value])).toEqual([['email', 'marie@exemple.fr']]));
    expect(calls[0]!.context).toMatchObject({ country: 'FR', field: 'email' });
  });

  it('shows an invalid verdict as a warning in the page language; the second submit goes through', async () => {
    const { verifier } = fake((_, v) => (v.endsWith('@sans-mx.fr') ? NO_MX : VALID));
    attach(verifier);
    await user.type($('email'), 'marie@sans-mx.fr');
    await user.tab();
    await vi.waitFor(() => expect(messageOf('email')).toContain('Aucun serveur de messagerie ne reçoit les e-mails de sans-mx.fr'));
    expect($('email').getAttribute('aria-invalid')).not.toBe('true'); // a warning, not an error
    // The answer came after the person left the field: the live region says it.
    expect(document.querySelector('.saisie-live')!.textContent).toContain('Aucun serveur de messagerie');
    await user.click($('go'));
    expect(submits).toHaveLength(0);
    await new Promise((r) => setTimeout(r, 600)); // the person reads the warning
    await user.click($('go'));
    await vi.waitFor(() => expect(submits).toHaveLength(1));
    expect(submits[0]!.values.email).toBe('marie@sans-mx.fr');
  });

  it("blocks with verifyStrictness: 'strict' (or data-saisie-verify-strictness)", async () => {
    document.getElementById('f')!.setAttribute('data-saisie-verify-strictness', 'strict');
    const { verifier } = fake(() => NO_MX);
    attach(verifier);
    await user.type($('email'), 'marie@sans-mx.fr');
    await user.click($('go'));
    await user.click($('go'));
    await new Promise((r) => setTimeout(r, 50));
    expect(submits).toHaveLength(0);
    expect($('email').getAttribute('aria-invalid')).toBe('true');
  });

  it('the latest value wins over a slow answer for an older one, and a cached value is not sent again', async () => {
    let release: (v: Verdict) => void = () => {};
    const { verifier, calls } = fake((_, v) => (v === 'a@lent.fr' ? new Promise<Verdict>((r) => (release = r)) : VALID));
    attach(verifier);
    await user.type($('email'), 'a@lent.fr');
    await user.tab();
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    await user.clear($('email'));
    await user.type($('email'), 'a@rapide.fr');
    await user.tab();
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    release(NO_MX);
    await new Promise((r) => setTimeout(r, 50));
    expect(messageOf('email')).toBe('');
    await user.clear($('email'));
    await user.type($('email'), 'a@rapide.fr');
    await user.tab();
    await new Promise((r) => setTimeout(r, 50));
    expect(calls).toHaveLength(2);
  });

  it('a submit waits for a pending verification, bounded, then submits for real', async () => {
    const { verifier, calls } = fake(() => new Promise<Verdict>(() => {})); // never answers
    attach(verifier, { verifyWaitMs: 200 });
    await user.type($('email'), 'marie@exemple.fr');
    await user.click($('go'));
    expect(submits).toHaveLength(0);
    await vi.waitFor(() => expect(submits).toHaveLength(1), { timeout: 2000 });
    expect(calls.length).toBeGreaterThan(0);
    expect(submits[0]!.values.email).toBe('marie@exemple.fr');
  });

  it.each([
    ['rejects', () => Promise.reject(new Error('down'))],
    ['throws', () => { throw new Error('boom'); }],
    ['answers garbage', () => ({ status: 'nope' }) as unknown as Verdict],
    ['answers unknown', () => ({ status: 'unknown', issues: [] }) as Verdict],
  ])('a verifier that %s shows nothing and lets the form submit at once', async (_, answer) => {
    attach(fake(answer as () => Verdict).verifier);
    await user.type($('email'), 'marie@exemple.fr');
    await user.tab();
    await new Promise((r) => setTimeout(r, 50));
    expect(messageOf('email')).toBe('');
    await user.click($('go'));
    await vi.waitFor(() => expect(submits).toHaveLength(1));
  });

  it('asks for a mobile when autocomplete says "mobile tel", and verifies an address once it is whole', async () => {
    const { verifier, calls } = fake();
    attach(verifier);
    await user.type($('tel'), '06 12 34 56 78');
    await user.tab();
    await vi.waitFor(() => expect(calls.find((c) => c.kind === 'phone')).toMatchObject({ value: '+33612345678', context: { fields: { phoneType: 'mobile' } } }));
    await user.type($('a1'), '12 rue de la Paix');
    await user.tab();
    await new Promise((r) => setTimeout(r, 50));
    expect(calls.some((c) => c.kind === 'address')).toBe(false); // no postal code and city yet
    await user.type($('pc'), '75002');
    await user.type($('city'), 'Paris');
    await user.tab();
    await vi.waitFor(() => expect(calls.filter((c) => c.kind === 'address').at(-1)).toMatchObject({ value: '12 rue de la Paix, 75002 Paris', context: { country: 'FR', fields: { postalCode: '75002', city: 'Paris' } } }));
  });

  it('data-saisie-verify="off" keeps a field to the local rules; without a verifier nothing is asked', async () => {
    $('email').setAttribute('data-saisie-verify', 'off');
    const { verifier, calls } = fake();
    attach(verifier);
    await user.type($('email'), 'marie@exemple.fr');
    await user.tab();
    await user.click($('go'));
    await vi.waitFor(() => expect(submits).toHaveLength(1));
    expect(calls).toEqual([]);
  });

  it('a verifier without verify() is a developer mistake', () => {
    expect(() => attach({} as Verifier)).toThrow(/saisie: attach\(\) option verifier/);
  });
});
