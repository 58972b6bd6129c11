// Lazy loader of the full disposable-domain list (see the lazy-data convention in scripts/rollup-fetch-data.mjs).
const table: Record<string, () => Promise<{ default: unknown }>> = { all: () => import('./disposable/all.js') };

/** Resolves the table `key` ('all'), or undefined. */
export default function load(key: string): Promise<unknown> {
  const f = table[key];
  return f ? f().then((m) => m.default) : Promise.resolve(undefined);
}
/** Every key this kind has. */
export const KEYS: string[] = Object.keys(table);
