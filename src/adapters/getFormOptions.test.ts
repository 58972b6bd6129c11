// @vitest-environment jsdom
// The script tag's address provider from a form's attributes: ban, photon, a URL, or nothing (then nothing is sent).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getFormOptions } from './getFormOptions.js';

const formWith = (attrs: Record<string, string>) => {
  const form = document.createElement('form');
  for (const [k, v] of Object.entries(attrs)) form.setAttribute(k, v);
  return form;
};
/** The URL the form's provider asks for `query`. */
async function urlAsked(attrs: Record<string, string>, query = '12 rue de la paix'): Promise<string | undefined> {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => (asked.push(url), new Response('[]')));
  await getFormOptions(formWith(attrs)).addressProvider?.search(query, { limit: 5 });
  return asked[0];
}

afterEach(() => vi.unstubAllGlobals());

describe('getFormOptions', () => {
  it('gives no provider without the attribute', () => {
    expect(getFormOptions(formWith({}))).toEqual({});
  });
  it('ban and photon go to the public endpoints, or to data-saisie-address-url', async () => {
    expect(await urlAsked({ 'data-saisie-address-provider': 'ban' })).toMatch(/^https:\/\/api-adresse\.data\.gouv\.fr\/search\/\?q=12\+rue/);
    expect(await urlAsked({ 'data-saisie-address-provider': 'Photon' })).toMatch(/^https:\/\/photon\.komoot\.io\/api\/\?q=12\+rue/);
    expect(await urlAsked({ 'data-saisie-address-provider': 'ban', 'data-saisie-address-url': '/addr/ban/' })).toMatch(/^\/addr\/ban\/search\/\?q=/);
  });
  it('a URL is the site’s own JSON endpoint', async () => {
    expect(await urlAsked({ 'data-saisie-address-provider': '/api/addresses' })).toBe('/api/addresses?q=12+rue+de+la+paix&limit=5');
  });
  it('a mistaken attribute warns and turns suggestions off, never falling back to a public endpoint', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(getFormOptions(formWith({ 'data-saisie-address-provider': 'google' }))).toEqual({});
    expect(getFormOptions(formWith({ 'data-saisie-address-provider': 'ban', 'data-saisie-address-url': 'javascript:alert(1)' }))).toEqual({});
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([
      expect.stringMatching(/^saisie: data-saisie-address-provider="google" is not ban, photon/),
      expect.stringMatching(/^saisie: data-saisie-address-url="javascript:alert\(1\)" is not an http/),
    ]);
    warn.mockRestore();
  });
});

describe('getFormOptions: data-saisie-verify-url', () => {
  it('gives a verifier that POSTs to the URL (its code loaded on the first check)', async () => {
    const asked: Array<{ url: string; body: string }> = [];
    vi.stubGlobal('fetch', async (url: string, init: { body: string }) => (asked.push({ url, body: init.body }), new Response('{"status":"valid","issues":[]}', { headers: { 'Content-Type': 'application/json' } })));
    const { verifier, addressProvider } = getFormOptions(formWith({ 'data-saisie-verify-url': '/v1/verify' }));
    expect(addressProvider).toBeUndefined();
    expect(await verifier!.verify('email', 'marie@exemple.fr', { country: 'FR' })).toEqual({ status: 'valid', issues: [] });
    expect(asked).toEqual([{ url: '/v1/verify', body: JSON.stringify({ kind: 'email', value: 'marie@exemple.fr', country: 'FR' }) }]);
  });
  it('a mistaken URL warns and turns verification off', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(getFormOptions(formWith({ 'data-saisie-verify-url': 'javascript:alert(1)' }))).toEqual({});
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/^saisie: data-saisie-verify-url="javascript:alert\(1\)" is not an http.*; verification is off\.$/);
  });
});
