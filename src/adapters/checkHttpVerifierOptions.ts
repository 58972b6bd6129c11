// The options of createHttpVerifier and their check, apart from the verifier itself, so that the script tag checks a
// site's options where they are given while the verifier's code loads on the first check (createLazyVerifier).

/** What the verifier reads of a fetch answer. */
export interface VerifierResponseLike {
  ok: boolean;
  status: number;
  headers?: { get?(name: string): string | null };
  body?: { cancel?(): Promise<unknown> } | null;
  text(): Promise<string>;
}
/** The part of `fetch` the verifier uses: POST with { method, headers, body, signal, credentials, mode }. */
// `init: never` so that the page's `fetch` (whose init wants DOM types) is assignable without the DOM library.
export type VerifierFetch = (url: string, init: never) => Promise<VerifierResponseLike>;

/** Options of `createHttpVerifier`. */
export interface HttpVerifierOptions {
  /** The endpoint itself, http(s)://… or a /path on this site, e.g. 'https://verify.example.com/v1/verify'. */
  url: string;
  /** The whole budget of one check, retries included (default 4000 ms); past it the verdict is `unknown`. */
  timeoutMs?: number;
  /** Extra request headers (a plain object of strings), e.g. { 'X-Api-Key': '…' } for your own proxy. */
  headers?: Readonly<Record<string, string>>;
  /** Extra tries after a network error or a 5xx (default 2, at most 10). */
  retries?: number;
  /** Defaults to the page's fetch, looked up at each call. */
  fetch?: VerifierFetch;
}

/** The prefix of the verifier's developer errors. */
export const NAME = 'saisie: createHttpVerifier';
const MAX_TIMER = 2_147_483_647;

/** Checks the options of `createHttpVerifier` at once, throwing one `saisie:` TypeError that says how to fix them. */
export function checkHttpVerifierOptions(options: HttpVerifierOptions): Required<Omit<HttpVerifierOptions, 'fetch'>> & { fetch: VerifierFetch | undefined } {
  if (options === null || typeof options !== 'object') throw new TypeError(`${NAME}(options) expects an object like { url: 'https://verify.example.com/v1/verify' }.`);
  const { url, timeoutMs = 4000, headers = {}, retries = 2, fetch } = options;
  if (typeof url !== 'string' || !/^(?:https?:\/\/[^\s/\\]|\/(?![/\\]))\S*$/i.test(url)) {
    throw new TypeError(`${NAME}({ url }) needs the endpoint as an http(s):// URL or a /path on this site (e.g. 'https://verify.example.com/v1/verify' or '/v1/verify'), got ${typeof url === 'string' ? JSON.stringify(url.slice(0, 80)) : typeof url}.`);
  }
  if (typeof timeoutMs !== 'number' || !Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new TypeError(`${NAME}({ timeoutMs }) must be a positive number of milliseconds (the whole budget of one check, e.g. 4000), got ${String(timeoutMs)}.`);
  }
  if (typeof retries !== 'number' || !Number.isInteger(retries) || retries < 0 || retries > 10) {
    throw new TypeError(`${NAME}({ retries }) must be a whole number from 0 to 10 (extra tries after a network error or a 5xx), got ${String(retries)}.`);
  }
  const proto = headers !== null && typeof headers === 'object' ? Object.getPrototypeOf(headers) : undefined;
  if (proto !== Object.prototype && proto !== null) throw new TypeError(`${NAME}({ headers }) must be a plain object of strings, e.g. { 'X-Api-Key': '…' }.`);
  for (const [name, value] of Object.entries(headers)) {
    if (!/^[!#$%&'*+.^`|~\w-]+$/.test(name) || typeof value !== 'string' || /[\r\n\0]/.test(value)) {
      throw new TypeError(`${NAME}({ headers }) must be a plain object of strings, e.g. { 'X-Api-Key': '…' }: ${JSON.stringify(name.slice(0, 40))} is not a header name with a one-line string value.`);
    }
  }
  if (fetch !== undefined && typeof fetch !== 'function') throw new TypeError(`${NAME}({ fetch }) must be a fetch function (or left out to use globalThis.fetch).`);
  return { url, timeoutMs: Math.min(timeoutMs, MAX_TIMER), headers: { ...headers }, retries, fetch };
}

