// The options of the built-in address providers, checked once when the provider is made.

/** What a provider reads of a fetch answer. */
export interface ResponseLike {
  ok: boolean;
  headers?: { get?(name: string): string | null };
  text(): Promise<string>;
}
/** The part of `fetch` a provider uses: GET with { signal, headers }, the body read as text. */
// `init: never` so that the page's `fetch` (whose init wants DOM types) is assignable without the DOM library;
// fetchProviderJson calls it with { signal, headers }.
export type FetchLike = (url: string, init: never) => Promise<ResponseLike>;

/** The public endpoints (base URLs; BAN's provider appends `/search/`, Photon's `/api/`). */
export const PROVIDER_URLS = { createBanProvider: 'https://api-adresse.data.gouv.fr', createPhotonProvider: 'https://photon.komoot.io' } as const;

/** Options of the built-in providers: `url` is the base (http(s):// or /path); `fetch` defaults to the page's. */
export interface ProviderOptions {
  url?: string;
  fetch?: FetchLike;
}

/** Checks a provider's options, throwing one TypeError that says how to fix them; the URL loses its trailing `/`. */
export function checkProviderOptions(name: string, options: ProviderOptions, defaultUrl: string): { url: string; fetch: FetchLike | undefined } {
  if (options === null || typeof options !== 'object') throw new TypeError(`saisie: ${name}(options) expects an object like { url: 'https://…' } or nothing.`);
  const { url = defaultUrl, fetch } = options;
  if (typeof url !== 'string' || !/^(?:https?:\/\/[^\s/\\]|\/(?![/\\]))/i.test(url)) {
    throw new TypeError(`saisie: ${name}({ url }) needs an http(s):// URL or a /path on this site (the base, e.g. '${defaultUrl}'), got ${typeof url === 'string' ? JSON.stringify(url.slice(0, 80)) : typeof url}.`);
  }
  if (fetch !== undefined && typeof fetch !== 'function') throw new TypeError(`saisie: ${name}({ fetch }) must be a fetch function (or left out to use globalThis.fetch).`);
  let end = url.length;
  while (end > 0 && url[end - 1] === '/') end--;
  return { url: url.slice(0, end), fetch };
}


/** Checks `createJsonProvider`'s options: `url` is the endpoint itself (http(s):// or /path). */
export function checkJsonProviderOptions(options: { url?: unknown; fetch?: unknown } | undefined): void {
  const url = options?.url;
  if (typeof url !== 'string' || !/^(?:https?:\/\/|\/)/i.test(url)) {
    throw new TypeError('saisie: createJsonProvider({ url }) needs an http(s):// or /path URL of an endpoint answering Suggestion[] as JSON.');
  }
  if (options?.fetch !== undefined && typeof options.fetch !== 'function') throw new TypeError('saisie: createJsonProvider({ fetch }) must be a fetch function (or left out to use globalThis.fetch).');
}
