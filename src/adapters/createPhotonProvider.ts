// Address suggestions from Photon (OpenStreetMap, worldwide; photon.komoot.io or a self-hosted instance):
// GET <url>/api/?q=…&limit=…[&lang=fr|en|de|it]. Photon has no country filter, so results are filtered here by
// their countrycode. A slow, failing or garbled answer gives no suggestions; an aborted search rejects.
import { getSuggestionLimit } from '../core/autocomplete/getSuggestionLimit.js';
import { parsePhotonResponse } from '../core/autocomplete/parsePhotonResponse.js';
import type { AddressProvider } from '../core/autocomplete/types.js';
import { checkProviderOptions, PROVIDER_URLS, type ProviderOptions } from './checkProviderOptions.js';
import { fetchProviderJson } from './fetchProviderJson.js';
import { getProviderQuery } from './getProviderQuery.js';

// The languages Photon indexes by default; any other `lang` is an error there, so it is left out.
const LANGS = new Set(['fr', 'en', 'de', 'it']);
// Photon's own maximum is 50; with a country filter more are asked for, since some are dropped.
const MAX_REQUEST = 50;

/** An address provider over Photon; `url` defaults to the public photon.komoot.io endpoint. */
export function createPhotonProvider(options: ProviderOptions = {}): AddressProvider {
  const { url, fetch } = checkProviderOptions('createPhotonProvider', options, PROVIDER_URLS.createPhotonProvider);
  return {
    async search(query, { country, signal, limit, locale } = {}) {
      const q = getProviderQuery(query);
      if (!q) return [];
      const max = getSuggestionLimit(limit);
      const cc = typeof country === 'string' && /^[a-z]{2}$/i.test(country) ? country.toUpperCase() : undefined;
      const params = new URLSearchParams({ q, limit: String(cc ? Math.min(max * 4, MAX_REQUEST) : max) });
      const lang = typeof locale === 'string' ? locale.slice(0, 2).toLowerCase() : '';
      if (LANGS.has(lang)) params.set('lang', lang);
      const all = parsePhotonResponse(await fetchProviderJson(`${url}/api/?${params}`, fetch, signal), 20);
      return (cc ? all.filter((s) => s.address?.country === cc) : all).slice(0, max);
    },
  };
}
