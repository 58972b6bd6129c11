// Script-tag build only: lazy data tables (per-country phone metadata, first names…) are JSON files in
// `data/<kind>/<key>.json` beside saisie.min.js, fetched from the script's own origin when first needed.
import type { DataLoader } from '../core/types.js';

/** The `src` of the script being run now (saisie.min.js), read once at load; undefined when not run from a script tag. */
export function currentScriptUrl(): string | undefined {
  return typeof document !== 'undefined' && document.currentScript instanceof HTMLScriptElement ? document.currentScript.src || undefined : undefined;
}

/**
 * A loader fetching `data/<kind>/<key>.json` relative to `base`, for the kinds and keys of `known` only: no text
 * from a page or a person ever reaches a URL. Resolves undefined for anything else, a failed request or bad JSON.
 */
export function createFetchLoader(base: string | undefined, known: Readonly<Record<string, readonly string[]>>): DataLoader {
  return (kind, key) => {
    const keys = typeof kind === 'string' && Object.prototype.hasOwnProperty.call(known, kind) ? known[kind] : undefined;
    if (!base || !keys || typeof key !== 'string' || !keys.includes(key)) return Promise.resolve(undefined);
    const url = new URL(`data/${kind}/${key}.json`, base);
    return fetch(url, { credentials: 'same-origin' })
      .then((r) => (r.ok ? r.json() : undefined))
      .catch(() => undefined);
  };
}
