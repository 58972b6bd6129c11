// Lazy loader of per-language first-name tables, for saisie/data (src/data/index.ts) and scripts/emit-json-data.mjs.
import { lazyTable } from './lazy-table.js';

const { load, keys } = lazyTable<unknown>({
  de: () => import('./first-names/de.json', { with: { type: 'json' } }),
  en: () => import('./first-names/en.json', { with: { type: 'json' } }),
  es: () => import('./first-names/es.json', { with: { type: 'json' } }),
  fr: () => import('./first-names/fr.json', { with: { type: 'json' } }),
  it: () => import('./first-names/it.json', { with: { type: 'json' } }),
  pt: () => import('./first-names/pt.json', { with: { type: 'json' } }),
});

/** Resolves the first-name table of a language, or undefined. */
export default load;
/** Every language with a table. */
export const KEYS: string[] = keys;
