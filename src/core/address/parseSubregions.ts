// A sub-region table as it arrives from a loader (a server, a CDN): kept only in the shape saisie wrote it.

/** One sub-region: what is posted (Google's key: "CA", "AG"), its name in Latin script, its ISO 3166-2 suffix if any. */
export interface Subregion {
  key: string;
  name: string;
  isoid?: string;
}

const MAX_ROWS = 500;
const MAX_TEXT = 100;
const text = (v: unknown) => typeof v === 'string' && v.trim() !== '' && v.length <= MAX_TEXT;

/** The sub-regions of a loaded `[key, name, isoid?][]` table, skipping malformed rows; undefined when nothing usable is left. */
export function parseSubregions(value: unknown): Subregion[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out: Subregion[] = [];
  for (const row of value.slice(0, MAX_ROWS)) {
    if (!Array.isArray(row) || !text(row[0]) || !text(row[1])) continue;
    const [key, name, isoid] = row as [string, string, unknown];
    out.push(text(isoid) ? { key, name, isoid: isoid as string } : { key, name });
  }
  return out.length ? out : undefined;
}
