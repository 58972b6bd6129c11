// The script tag's providers: options checked where the developer makes the mistake, code loaded on the first search.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLazyProvider } from './createLazyProvider.js';

afterEach(() => vi.unstubAllGlobals());

describe('createLazyProvider', () => {
  it('throws the factories’ saisie: errors at once, not at the first search', () => {
    expect(() => createLazyProvider('createBanProvider', { url: 'ftp://x' })).toThrow(/^saisie: createBanProvider\(\{ url \}\) needs an http/);
    expect(() => createLazyProvider('createPhotonProvider', null as never)).toThrow(/^saisie: createPhotonProvider\(options\)/);
    expect(() => createLazyProvider('createJsonProvider', { url: 'addresses' })).toThrow(/^saisie: createJsonProvider\(\{ url \}\)/);
  });
  it('searches like the provider it stands for, once its module is loaded', async () => {
    const asked: string[] = [];
    const answer = { type: 'FeatureCollection', features: [{ properties: { label: '12 Rue de la Paix 75002 Paris', name: '12 Rue de la Paix', postcode: '75002', city: 'Paris' } }] };
    vi.stubGlobal('fetch', async (url: string) => (asked.push(url), new Response(JSON.stringify(answer))));
    const provider = createLazyProvider('createBanProvider', { url: '/ban' });
    expect(asked).toEqual([]);
    const found = await provider.search('12 rue de la paix', { limit: 3, country: 'FR' });
    expect(found.map((s) => [s.label, s.address?.postalCode])).toEqual([['12 Rue de la Paix 75002 Paris', '75002']]);
    expect(asked).toEqual(['/ban/search/?q=12+rue+de+la+paix&limit=3&autocomplete=1']);
    expect(await createLazyProvider('createBanProvider', { url: '/ban' }).search('rue', { country: 'DE' })).toEqual([]);
  });
});
