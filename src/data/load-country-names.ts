// Lazy loader of country names per language: the data of npm i18n-iso-countries (MIT), `langs/<language>.json`.
import { lazyTable } from './lazy-table.js';

type Names = { countries: Record<string, string | string[]> };
const { load, keys } = lazyTable<Names>(
  {
    de: () => import('i18n-iso-countries/langs/de.json', { with: { type: 'json' } }),
    en: () => import('i18n-iso-countries/langs/en.json', { with: { type: 'json' } }),
    es: () => import('i18n-iso-countries/langs/es.json', { with: { type: 'json' } }),
    fr: () => import('i18n-iso-countries/langs/fr.json', { with: { type: 'json' } }),
    it: () => import('i18n-iso-countries/langs/it.json', { with: { type: 'json' } }),
    pt: () => import('i18n-iso-countries/langs/pt.json', { with: { type: 'json' } }),
  },
  (names) => names.countries,
);

/** Resolves the country names of a language (alpha-2 → name, or names with the official one first), or undefined. */
export default load;
/** Every language with names. */
export const KEYS: string[] = keys;
