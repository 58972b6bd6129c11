// A provider for a site's own backend with no code: GET <url>?q=…&limit=…[&country=…][&lang=…] answering
// saisie's own JSON, `Suggestion[]` or `{ "suggestions": Suggestion[] }`. Anything else gives no suggestions.
import type { AddressProvider, Suggestion } from '../core/autocomplete/types.js';
import { checkJsonProviderOptions, type FetchLike } from './checkProviderOptions.js';
import { fetchProviderJson } from './fetchProviderJson.js';

/** Options of {@link createJsonProvider}: `url` is the endpoint; `fetch` defaults to the page's. */
export interface JsonProviderOptions {
  url: string;
  fetch?: FetchLike;
}

/** An address provider over an endpoint answering `Suggestion[]` as JSON (e.g. a company's backend in front of Loqate). */
export function createJsonProvider(options: JsonProviderOptions): AddressProvider {
  checkJsonProviderOptions(options);
  const { url } = options;
  return {
    async search(query, { country, signal, limit = 5, locale } = {}) {
      const params = new URLSearchParams({ q: String(query).slice(0, 200), limit: String(Math.min(Math.max(1, limit | 0), 20)) });
      if (country) params.set('country', country);
      if (locale) params.set('lang', locale.slice(0, 2));
      const body = await fetchProviderJson(`${url}${url.includes('?') ? '&' : '?'}${params}`, options.fetch, signal);
      const list = Array.isArray(body) ? body : body && typeof body === 'object' ? (body as { suggestions?: unknown }).suggestions : undefined;
      // The search that calls providers checks every suggestion's shape; here only the envelope.
      return Array.isArray(list) ? (list as Suggestion[]) : [];
    },
  };
}
