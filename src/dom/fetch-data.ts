// Script-tag build only: lazy data tables (per-country phone metadata, first names…) are JSON files in
// `data/<kind>/<key>.json` beside saisie.min.js, fetched from the script's own origin when first needed.
const base: string | undefined =
  typeof document !== 'undefined' && document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : undefined;

/** Fetches one lazy data table that ships beside the script; resolves `undefined` when it is not there. */
export function fetchData(kind: string, key: string): Promise<unknown> {
  if (!base || !/^[\w-]{1,40}$/.test(key)) return Promise.resolve(undefined);
  const url = new URL(`data/${kind}/${key}.json`, base);
  return fetch(url, { credentials: 'same-origin' })
    .then((r) => (r.ok ? r.json() : undefined))
    .catch(() => undefined);
}
