// Address suggestions from the French Base Adresse Nationale (api-adresse.data.gouv.fr or a self-hosted addok):
// GET <url>/search/?q=…&limit=…&autocomplete=1. Only France (overseas départements included) is covered: another
// country sends nothing.
// A slow, failing or garbled answer gives no suggestions; an aborted search rejects with the abort error.
import { getSuggestionLimit } from '../core/autocomplete/getSuggestionLimit.js';
import { parseBanResponse } from '../core/autocomplete/parseBanResponse.js';
import type { AddressProvider } from '../core/autocomplete/types.js';
import { checkProviderOptions, PROVIDER_URLS, type ProviderOptions } from './checkProviderOptions.js';
import { fetchProviderJson } from './fetchProviderJson.js';
import { getProviderQuery } from './getProviderQuery.js';
import { isFrenchPostalCountry } from '../core/postal/isFrenchPostalCountry.js';

/** An address provider over the Base Adresse Nationale; `url` defaults to the public api-adresse endpoint. */
export function createBanProvider(options: ProviderOptions = {}): AddressProvider {
  const { url, fetch } = checkProviderOptions('createBanProvider', options, PROVIDER_URLS.createBanProvider);
  return {
    async search(query, { country, signal, limit } = {}) {
      if (country && !isFrenchPostalCountry(String(country))) return [];
      const q = getProviderQuery(query);
      // The API refuses (400) queries shorter than 3 characters.
      if (q.length < 3) return [];
      const max = getSuggestionLimit(limit);
      const params = new URLSearchParams({ q, limit: String(max), autocomplete: '1' });
      return parseBanResponse(await fetchProviderJson(`${url}/search/?${params}`, fetch, signal), max);
    },
  };
}
