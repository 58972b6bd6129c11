// Lazy loader of per-language first-name tables (see the lazy-data convention in scripts/rollup-fetch-data.mjs).
const table: Record<string, () => Promise<{ default: unknown }>> = {
  de: () => import('./first-names/de.js'),
  en: () => import('./first-names/en.js'),
  es: () => import('./first-names/es.js'),
  fr: () => import('./first-names/fr.js'),
  it: () => import('./first-names/it.js'),
  pt: () => import('./first-names/pt.js'),
};

/** Resolves the first-name table of language `key`, or undefined. */
export default function load(key: string): Promise<unknown> {
  const f = table[key];
  return f ? f().then((m) => m.default) : Promise.resolve(undefined);
}
/** Every language with a table. */
export const KEYS: string[] = Object.keys(table);
