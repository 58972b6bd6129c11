import load from '../../data/load-country-names.js';
import { lookup } from '../input.js';
import { COUNTRY_ALIASES, COUNTRY_CODES } from '../../data/country-codes.js';

type Names = Readonly<Record<string, string | readonly string[]>>;
const tables = new Map<string, Names>();
let index: Map<string, string> | undefined;

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** Registers a language's country names (the Node entry registers fr, en, de, es, it, pt up front). */
export function registerCountryNames(language: string, names: unknown): void {
  if (!names || typeof names !== 'object') return;
  tables.set(language, names as Names);
  index = undefined;
}

/** Loads a language's country names (fr, en, de, es, it, pt); resolves true once in use. */
export function loadCountryNames(locale: string): Promise<boolean> {
  const language = typeof locale === 'string' ? locale.slice(0, 2).toLowerCase() : '';
  if (tables.has(language)) return Promise.resolve(true);
  return load(language).then(
    (names) => (registerCountryNames(language, names), tables.has(language)),
    () => false,
  );
}

/** A country's name in a language whose names are loaded, e.g. ('DE', 'fr') → 'Allemagne'. */
export function getCountryName(code: string, locale: string): string | undefined {
  const names = tables.get(typeof locale === 'string' ? locale.slice(0, 2).toLowerCase() : '');
  const name = names && typeof code === 'string' ? lookup(names, code.trim().toUpperCase()) : undefined;
  return Array.isArray(name) ? name[0] : (name as string | undefined);
}

/** The ISO code of a code or alias as written ("fr", "FR", "UK"); a word such as "No" or "Oui" is not a code. */
function codeOf(text: string): string | undefined {
  if (!/^(?:[A-Z]{2}|[a-z]{2})$/.test(text)) return undefined;
  const upper = text.toUpperCase();
  const alias = lookup(COUNTRY_ALIASES, upper);
  if (alias) return alias;
  return COUNTRY_CODES.includes(upper) ? upper : undefined; // two letters can only match a whole code of the list
}

/** The ISO 3166-1 alpha-2 code of a code, a known alias (UK → GB) or a country name in any loaded language ("Allemagne" → "DE"). */
export function findCountry(input: string): string | undefined {
  if (typeof input !== 'string' || input.length > 80) return undefined;
  const text = input.trim();
  if (text.length === 2) return codeOf(text) ?? index?.get(fold(text));
  if (!index) {
    index = new Map();
    for (const names of tables.values()) {
      for (const [code, name] of Object.entries(names)) for (const n of Array.isArray(name) ? name : [name]) index.set(fold(n), code);
    }
  }
  return index.get(fold(text));
}
