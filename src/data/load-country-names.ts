// Lazy loader of country names per language: the data of npm i18n-iso-countries (MIT), `langs/<language>.json`.
type Names = { default: { countries: Record<string, string | string[]> } };
const table: Record<string, () => Promise<Names>> = {
  de: () => import('i18n-iso-countries/langs/de.json', { with: { type: 'json' } }) as Promise<Names>,
  en: () => import('i18n-iso-countries/langs/en.json', { with: { type: 'json' } }) as Promise<Names>,
  es: () => import('i18n-iso-countries/langs/es.json', { with: { type: 'json' } }) as Promise<Names>,
  fr: () => import('i18n-iso-countries/langs/fr.json', { with: { type: 'json' } }) as Promise<Names>,
  it: () => import('i18n-iso-countries/langs/it.json', { with: { type: 'json' } }) as Promise<Names>,
  pt: () => import('i18n-iso-countries/langs/pt.json', { with: { type: 'json' } }) as Promise<Names>,
};

/** Resolves the country names of language `key` (alpha-2 → name, or names: official first), or undefined. */
export default function load(key: string): Promise<unknown> {
  const f = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
  return f ? f().then((m) => m.default.countries) : Promise.resolve(undefined);
}
/** Every language with names. */
export const KEYS: string[] = Object.keys(table);
