import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAddressServer } from '../../test/address-server.mjs';
import { createBanProvider } from './createBanProvider.js';

let server: Awaited<ReturnType<typeof startAddressServer>>;
beforeAll(async () => {
  server = await startAddressServer();
});
afterAll(() => server.close());

const ban = (prefix = '') => createBanProvider({ url: `${server.url}${prefix}/ban` });
const lastQuery = () => server.requests[server.requests.length - 1]?.query;

describe('createBanProvider', () => {
  it('finds French addresses as you type and sends q, limit and autocomplete', async () => {
    const out = await ban().search('12 rue de la pai', { country: 'FR' });
    expect(out.map((s) => s.label)).toEqual(['12 Rue de la Paix 75002 Paris']);
    expect(out[0]?.address).toEqual({ country: 'FR', addressLines: ['12 Rue de la Paix'], postalCode: '75002', locality: 'Paris', region: 'Paris' });
    expect(lastQuery()).toEqual({ q: '12 rue de la pai', limit: '5', autocomplete: '1' });
  });

  it('honours limit (capped at 20) and trims and caps the query', async () => {
    expect(await ban().search('  paris  ', { limit: 2 })).toHaveLength(2);
    expect(lastQuery()).toMatchObject({ q: 'paris', limit: '2' });
    await ban().search(`rue ${'x'.repeat(1000)}`, { limit: 500 });
    expect(lastQuery()?.q).toHaveLength(200);
    expect(lastQuery()?.limit).toBe('20');
  });

  it('sends nothing for another country or a query under 3 characters', async () => {
    const before = server.requests.length;
    expect(await ban().search('10 Downing Street', { country: 'GB' })).toEqual([]);
    expect(await ban().search(' 1 ', {})).toEqual([]);
    expect(await ban().search(42 as unknown as string, {})).toEqual([]);
    expect(server.requests.length).toBe(before);
    expect(await ban().search('ajaccio', { country: 'fr' })).toHaveLength(1);
  });

  it.each(['/status/500', '/status/429', '/status/404', '/reset', '/html', '/truncated', '/wrong-shape'])('gives [] when the provider answers %s', async (mode) => {
    expect(await ban(mode).search('12 rue', {})).toEqual([]);
    expect(server.requests[server.requests.length - 1]?.path).toBe(`${mode}/ban/search/`);
  });

  it('gives [] when nothing listens', async () => {
    const closed = await startAddressServer();
    await closed.close();
    expect(await createBanProvider({ url: `${closed.url}/ban` }).search('12 rue', {})).toEqual([]);
  });

  it('rejects with the abort error when the search is aborted, before or during the request', async () => {
    const early = new AbortController();
    early.abort();
    await expect(ban().search('paris', { signal: early.signal })).rejects.toMatchObject({ name: 'AbortError' });
    const late = new AbortController();
    const pending = ban('/slow/5000').search('paris', { signal: late.signal });
    setTimeout(() => late.abort(), 50);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('uses the fetch it is given, or globalThis.fetch looked up at call time', async () => {
    const seen: string[] = [];
    const fake = (async (href: string) => {
      seen.push(href);
      return new Response(JSON.stringify({ type: 'FeatureCollection', features: [{ properties: { label: '1 Rue A 75001 Paris', name: '1 Rue A' } }] }));
    }) as unknown as typeof fetch;
    expect((await createBanProvider({ fetch: fake }).search('rue a', {}))[0]?.label).toBe('1 Rue A 75001 Paris');
    expect(seen).toEqual(['https://api-adresse.data.gouv.fr/search/?q=rue+a&limit=5&autocomplete=1']);
    const provider = createBanProvider({ url: '/' });
    const original = globalThis.fetch;
    globalThis.fetch = fake;
    try {
      await provider.search('rue b', {});
    } finally {
      globalThis.fetch = original;
    }
    expect(seen[1]).toBe('/search/?q=rue+b&limit=5&autocomplete=1');
  });

  it('gives [] when the fetch throws synchronously or answers nonsense', async () => {
    const throwing = (() => { throw new Error('boom'); }) as unknown as typeof fetch;
    expect(await createBanProvider({ fetch: throwing }).search('rue a', {})).toEqual([]);
    const odd = (async () => ({ ok: true, headers: null, text: async () => '{"features":[' })) as unknown as typeof fetch;
    expect(await createBanProvider({ fetch: odd }).search('rue a', {})).toEqual([]);
  });

  it('rejects a wrong url or fetch with a TypeError saying how to fix it', () => {
    for (const url of ['ftp://x', 'api-adresse.data.gouv.fr', '//evil.example', '/\\evil.example', 42, '']) {
      expect(() => createBanProvider({ url: url as string })).toThrow(/^saisie: createBanProvider\(\{ url \}\)/);
    }
    expect(() => createBanProvider({ fetch: 'fetch' as unknown as typeof fetch })).toThrow(TypeError);
    expect(() => createBanProvider(null as unknown as object)).toThrow(/saisie:/);
    expect(() => createBanProvider({ url: 'http://localhost:8080/' })).not.toThrow();
  });
});
