// One country configuration: ISO codes, aliases and country names by language (given up front or loaded).
// Entries build it from src/data and i18n-iso-countries; findCountry and getCountryName take it.
import { lookup } from '../input.js';
import type { DataLoader } from '../types.js';
import { loadTable } from '../loadTable.js';

type Names = Readonly<Record<string, string | readonly string[]>>;

/** Options of `createCountryData`. */
export interface CountryDataOptions {
  /** Country names given up front, by language (i18n-iso-countries `langs/<language>.json` `countries`). */
  names?: Readonly<Record<string, unknown>>;
  /** Short names the tables do not list ("États-Unis" → US), read in every language. */
  nameAliases?: Readonly<Record<string, string>>;
  /** Loads ('country-names', language). */
  load?: DataLoader;
}

/** The tables of the country rules (build it with `createCountryData`). */
export interface CountryData {
  /** @internal */ codes: ReadonlySet<string>;
  /** @internal */ aliases: Readonly<Record<string, string>>;
  /** @internal */ tables: Map<string, Names>;
  /** @internal */ index?: Map<string, string>;
  /** @internal */ nameAliases: Readonly<Record<string, string>>;
  load?: DataLoader;
}

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const languageOf = (locale: string) => (typeof locale === 'string' ? locale.slice(0, 2).toLowerCase() : '');

function addNames(data: CountryData, language: string, names: unknown): void {
  if (!names || typeof names !== 'object') return;
  data.tables.set(language, names as Names);
  data.index = undefined;
}

/** A country configuration over ISO 3166-1 alpha-2 codes (space-separated) and aliases (UK → GB). */
export function createCountryData(codes: string, aliases: Readonly<Record<string, string>>, options: CountryDataOptions = {}): CountryData {
  if (typeof codes !== 'string' || !aliases || typeof aliases !== 'object') throw new TypeError('saisie: createCountryData needs the ISO codes and their aliases.');
  const data: CountryData = { codes: new Set(codes.split(' ')), aliases, tables: new Map(), nameAliases: options.nameAliases ?? {}, load: options.load };
  for (const [language, names] of Object.entries(options.names ?? {})) addNames(data, language, names);
  return data;
}

/** Loads a language's country names (fr, en, de, es, it, pt) through the data loader; resolves true once in use. */
export function loadCountryNames(locale: string, data: CountryData): Promise<boolean> {
  const language = languageOf(locale);
  if (data.tables.has(language)) return Promise.resolve(true);
  if (!data.load || !/^[a-z]{2}$/.test(language)) return Promise.resolve(false);
  return loadTable(data.load, 'country-names', language).then((names) => (addNames(data, language, names), data.tables.has(language)));
}

/** A country's name in a language whose names are loaded, e.g. ('DE', 'fr') → 'Allemagne'. */
export function getCountryName(code: string, locale: string, data: CountryData): string | undefined {
  const names = data.tables.get(languageOf(locale));
  const name = names && typeof code === 'string' ? lookup(names, code.trim().toUpperCase()) : undefined;
  return Array.isArray(name) ? name[0] : (name as string | undefined);
}

/** The ISO code of a code or alias as written ("fr", "FR", "UK"); a word such as "No" or "Oui" is not a code. */
function codeOf(text: string, data: CountryData): string | undefined {
  if (!/^(?:[A-Z]{2}|[a-z]{2})$/.test(text)) return undefined;
  const upper = text.toUpperCase();
  const alias = lookup(data.aliases, upper);
  if (alias) return alias;
  return data.codes.has(upper) ? upper : undefined;
}

/** The ISO 3166-1 alpha-2 code of a code, a known alias (UK → GB) or a country name in any loaded language ("Allemagne" → "DE"). */
export function findCountry(input: string, data: CountryData): string | undefined {
  if (typeof input !== 'string' || input.length > 80) return undefined;
  const text = input.trim();
  if (text.length === 2) return codeOf(text, data) ?? data.index?.get(fold(text));
  if (!data.index) {
    const index = new Map<string, string>();
    for (const [name, code] of Object.entries(data.nameAliases)) index.set(fold(name), code);
    for (const names of data.tables.values()) {
      for (const [code, name] of Object.entries(names)) for (const n of Array.isArray(name) ? name : [name]) index.set(fold(n), code);
    }
    data.index = index;
  }
  return data.index.get(fold(text));
}
