// Lazy loader of per-language first-name tables, for saisie/data (src/data/index.ts) and scripts/emit-json-data.mjs.
import { lazyTable } from './lazy-table.js';

const { load, keys } = lazyTable<unknown>({
  de: () => import('./first-names/de.js'),
  en: () => import('./first-names/en.js'),
  es: () => import('./first-names/es.js'),
  fr: () => import('./first-names/fr.js'),
  it: () => import('./first-names/it.js'),
  pt: () => import('./first-names/pt.js'),
});

/** Resolves the first-name table of a language, or undefined. */
export default load;
/** Every language with a table. */
export const KEYS: string[] = keys;
