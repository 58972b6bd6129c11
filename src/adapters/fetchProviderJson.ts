// The one GET the built-in address providers make: every failure (network, non-2xx, non-JSON, oversized) becomes
// `undefined`, except an abort, which rejects so the caller can tell a cancelled search from an empty one.
import type { AbortSignalLike } from '../core/autocomplete/types.js';
import type { FetchLike, ResponseLike } from './checkProviderOptions.js';

// An address answer is a few kilobytes; anything far larger is not one.
const MAX_BODY = 1_000_000;

/** The error an aborted search rejects with: the signal's reason, or an AbortError. */
const abortError = (signal: AbortSignalLike): unknown =>
  (signal as { reason?: unknown }).reason ?? new DOMException('The address search was aborted.', 'AbortError');

/** GETs JSON; `undefined` on any failure but an abort (then rejects), so a provider never breaks the page. */
export async function fetchProviderJson(href: string, custom: FetchLike | undefined, signal: AbortSignalLike | undefined): Promise<unknown> {
  if (signal?.aborted) throw abortError(signal);
  // Looked up at call time, so a fetch installed (or mocked) after the provider was made is the one used.
  const get = custom ?? (globalThis as { fetch?: FetchLike }).fetch;
  if (typeof get !== 'function') return undefined;
  try {
    // Called on globalThis: a detached window.fetch throws "Illegal invocation" in browsers.
    const res = await (get as (url: string, init: object) => Promise<ResponseLike>).call(globalThis, href, { signal, headers: { Accept: 'application/json' } });
    if (!res || !res.ok) return undefined;
    const length = Number(res.headers?.get?.('content-length'));
    if (length > MAX_BODY) return undefined;
    const body = await res.text();
    if (signal?.aborted) throw abortError(signal);
    return body.length > MAX_BODY ? undefined : (JSON.parse(body) as unknown);
  } catch {
    if (signal?.aborted) throw abortError(signal);
    return undefined;
  }
}
