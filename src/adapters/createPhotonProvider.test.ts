import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAddressServer } from '../../test/address-server.mjs';
import { createPhotonProvider } from './createPhotonProvider.js';

let server: Awaited<ReturnType<typeof startAddressServer>>;
beforeAll(async () => {
  server = await startAddressServer();
});
afterAll(() => server.close());

const photon = (prefix = '') => createPhotonProvider({ url: `${server.url}${prefix}/photon/` });
const lastQuery = () => server.requests[server.requests.length - 1]?.query;

describe('createPhotonProvider', () => {
  it('finds addresses worldwide, laid out per country', async () => {
    const out = await photon().search('pariser platz', { locale: 'de-DE' });
    expect(out).toEqual([{ id: 'N3617104201', label: 'Pariser Platz 1, 10117 Berlin, Deutschland', address: { country: 'DE', addressLines: ['Pariser Platz 1'], postalCode: '10117', locality: 'Berlin', region: 'Berlin' } }]);
    expect(lastQuery()).toEqual({ q: 'pariser platz', limit: '5', lang: 'de' });
  });

  it('sends lang only for a language Photon knows', async () => {
    await photon().search('roma', { locale: 'it' });
    expect(lastQuery()?.lang).toBe('it');
    await photon().search('madrid', { locale: 'es-ES' });
    expect(lastQuery()).not.toHaveProperty('lang');
    await photon().search('madrid', {});
    expect(lastQuery()).not.toHaveProperty('lang');
  });

  it('filters by country on its side (Photon has no country filter), asking for more', async () => {
    const all = await photon().search('paris', { limit: 10 });
    expect(all.some((s) => s.address?.country === 'DE')).toBe(true);
    const fr = await photon().search('paris', { country: 'fr', limit: 2 });
    expect(lastQuery()?.limit).toBe('8');
    expect(fr).toHaveLength(2);
    expect(fr.every((s) => s.address?.country === 'FR')).toBe(true);
    expect(await photon().search('pariser platz', { country: 'FR' })).toEqual([]);
  });

  it('honours limit and sends nothing for an empty query', async () => {
    expect(await photon().search('paris', { limit: 1 })).toHaveLength(1);
    const before = server.requests.length;
    expect(await photon().search('   ', {})).toEqual([]);
    expect(server.requests.length).toBe(before);
  });

  it.each(['/status/500', '/status/429', '/status/503', '/reset', '/html', '/truncated', '/wrong-shape'])('gives [] when the provider answers %s', async (mode) => {
    expect(await photon(mode).search('berlin', {})).toEqual([]);
    expect(server.requests[server.requests.length - 1]?.path).toBe(`${mode}/photon/api/`);
  });

  it('rejects with the abort error when a slow search is aborted', async () => {
    const controller = new AbortController();
    const pending = photon('/slow/5000').search('berlin', { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('answers after a slow (but not aborted) response', async () => {
    expect((await photon('/slow/200').search('downing', {}))[0]?.address?.addressLines).toEqual(['10 Downing Street']);
  });

  it('defaults to the public endpoint and checks its options', async () => {
    const seen: string[] = [];
    const fake = (async (href: string) => {
      seen.push(href);
      return new Response('{"features":[]}');
    }) as unknown as typeof fetch;
    expect(await createPhotonProvider({ fetch: fake }).search('Zürich Bahnhof', { locale: 'fr' })).toEqual([]);
    expect(seen).toEqual(['https://photon.komoot.io/api/?q=Z%C3%BCrich+Bahnhof&limit=5&lang=fr']);
    expect(() => createPhotonProvider({ url: 'photon.komoot.io' })).toThrow(/^saisie: createPhotonProvider\(\{ url \}\)/);
  });
});
