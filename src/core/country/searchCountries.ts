// Country search for the country combobox: every loaded language's names, the short-name aliases and the codes
// match whatever the page language is ("Deutschland" on a French page); results are named in the page language.
import { lookup } from '../input.js';
import type { CountryData } from './countryNames.js';

/** One run of a result's name: `match` runs are the part the query matched. */
export interface CountryPart {
  text: string;
  match: boolean;
}

/** One country found by `searchCountries`. */
export interface CountryMatch {
  code: string;
  /** The name in the page language (else `Intl.DisplayNames`, else English, else the code). */
  name: string;
  /** `name` cut into runs, the matched one marked (a match on another name or alias marks nothing). */
  parts: CountryPart[];
  /** The query is the code, an alias or a whole name of this country. */
  exact: boolean;
}

/** Options of `searchCountries`. */
export interface SearchCountriesOptions {
  /** The page language, for the names shown and their order. */
  locale: string;
  /** Countries listed first for an empty query, and first among equal matches. */
  preferred?: readonly string[];
  /** Only these countries (a `<select>`'s options); default every ISO code. */
  codes?: readonly string[];
  /** At most this many results (default: all). */
  limit?: number;
}

const MAX_QUERY = 80;
// Case, accents and punctuation aside, in any script: "Côte-d'Ivoire" and "cote d ivoire" are one key.
const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** `name` folded one character at a time, with where each folded character came from, for highlighting. */
function foldWithMap(name: string): { folded: string; from: number[]; to: number[] } {
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  for (const ch of name) {
    const f = ch.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
    const piece = /^[\p{L}\p{N}]+$/u.test(f) ? f : ' ';
    for (const c of piece) {
      if (c === ' ' && (folded === '' || folded.endsWith(' '))) continue;
      folded += c;
      from.push(i);
      to.push(i + ch.length);
    }
    i += ch.length;
  }
  return { folded, from, to };
}

/** `name` with the first occurrence of folded `q` marked (at a word start when there is one). */
function partsOf(name: string, q: string): CountryPart[] {
  const { folded, from, to } = foldWithMap(name);
  const at = folded.startsWith(q) ? 0 : folded.indexOf(` ${q}`) + 1 || folded.indexOf(q);
  if (!q || at < 0) return [{ text: name, match: false }];
  let end = at + q.length - 1;
  while (end > at && folded[end] === ' ') end--;
  const start = from[at] ?? 0;
  const stop = to[end] ?? name.length;
  return [{ text: name.slice(0, start), match: false }, { text: name.slice(start, stop), match: true }, { text: name.slice(stop), match: false }].filter((p) => p.text);
}

const languageOf = (locale: string) => (typeof locale === 'string' ? locale.slice(0, 2).toLowerCase() : '');

/** Names by code from the runtime, for a language the tables lack; undefined when it has none. */
function displayNames(locale: string): ((code: string) => string | undefined) | undefined {
  try {
    if (typeof Intl === 'undefined' || typeof Intl.DisplayNames !== 'function') return undefined;
    const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    return (code) => {
      try {
        const n = names.of(code);
        return n && n !== code ? n : undefined;
      } catch {
        return undefined;
      }
    };
  } catch {
    return undefined;
  }
}

interface Entry {
  code: string;
  name: string;
  /** Folded display name first, then every other name and short-name alias. */
  keys: string[];
  /** The code and its aliases (UK, EL), matched whole only: "d" is no prefix of DE. */
  codes: string[];
}
interface Index {
  tables: unknown[];
  language: string;
  entries: Entry[];
  byCode: Map<string, Entry>;
}
// Built once per configuration and page language, again only when a language's names arrive.
const indexes = new WeakMap<CountryData, Map<string, Index>>();

function indexOf(data: CountryData, locale: string): Index {
  const language = languageOf(locale);
  const tables = [...data.tables.values()];
  let perLanguage = indexes.get(data);
  const known = perLanguage?.get(language);
  if (known && known.tables.length === tables.length && known.tables.every((t, i) => t === tables[i])) return known;
  const first = (v: string | readonly string[] | undefined) => (Array.isArray(v) ? (v[0] as string | undefined) : (v as string | undefined));
  const own = data.tables.get(language);
  const runtime = own ? undefined : displayNames(locale);
  const english = data.tables.get('en');
  const byCode = new Map<string, Entry>();
  for (const code of data.codes) {
    const name = (own && first(lookup(own, code))) || runtime?.(code) || (english && first(lookup(english, code))) || code;
    byCode.set(code, { code, name, keys: [fold(name)], codes: [code.toLowerCase()] });
  }
  const add = (code: string, name: unknown) => {
    if (typeof name === 'string' && name) byCode.get(code)?.keys.push(fold(name));
  };
  for (const [alias, code] of Object.entries(data.aliases)) byCode.get(code)?.codes.push(alias.toLowerCase());
  for (const [name, code] of Object.entries(data.nameAliases)) add(code, name);
  for (const names of tables) for (const [code, n] of Object.entries(names)) for (const one of Array.isArray(n) ? n : [n]) add(code, one);
  for (const e of byCode.values()) e.keys = [...new Set(e.keys)];
  const index: Index = { tables, language, entries: [...byCode.values()], byCode };
  if (!perLanguage) indexes.set(data, (perLanguage = new Map()));
  perLanguage.set(language, index);
  return index;
}

/** How well `q` fits `key`: 0 whole, 1 prefix, 2 word prefix, 3 substring, 4 not at all. */
function tierOf(key: string, q: string): number {
  if (key === q) return 0;
  if (key.startsWith(q)) return 1;
  if (key.includes(` ${q}`)) return 2;
  return key.includes(q) ? 3 : 4;
}

/**
 * Countries matching `query` in any loaded language, alias or code, best first: whole code, alias or name, then
 * name prefix, word prefix, substring; an empty query lists `preferred` first, then all by name.
 */
export function searchCountries(query: string, options: SearchCountriesOptions, data: CountryData): CountryMatch[] {
  if (!data || !(data.codes instanceof Set) || !options || typeof options !== 'object') throw new TypeError('saisie: searchCountries(query, { locale }, countryData) needs the options and a country configuration (createCountryData).');
  const locale = typeof options.locale === 'string' && options.locale ? options.locale : 'en';
  const index = indexOf(data, locale);
  const limit = typeof options.limit === 'number' && options.limit >= 0 ? Math.floor(options.limit) : Infinity;
  const preferred = (Array.isArray(options.preferred) ? options.preferred : []).slice(0, 300).map((c) => (typeof c === 'string' ? c.trim().toUpperCase() : ''));
  const rank = new Map<string, number>();
  preferred.forEach((c, i) => { if (index.byCode.has(c) && !rank.has(c)) rank.set(c, i); });
  const only = Array.isArray(options.codes) ? new Set(options.codes.slice(0, 1000).map((c) => (typeof c === 'string' ? c.toUpperCase() : ''))) : undefined;
  const q = fold(typeof query === 'string' ? query.slice(0, MAX_QUERY) : '');
  let collator: Intl.Collator | undefined;
  try {
    collator = new Intl.Collator([locale], { sensitivity: 'base' });
  } catch {
    collator = undefined;
  }
  const found: Array<{ entry: Entry; tier: number; own: boolean }> = [];
  for (const entry of index.entries) {
    if (only && !only.has(entry.code)) continue;
    if (!q) {
      found.push({ entry, tier: 0, own: true });
      continue;
    }
    let tier = entry.codes.includes(q) ? 0 : 4;
    let own = false;
    entry.keys.forEach((key, i) => {
      const t = tierOf(key, q);
      // The name shown wins over other names of the same tier (i === 0), so its match is the one marked.
      if (t < tier || (t === tier && i === 0)) [tier, own] = [t, i === 0];
    });
    if (tier < 4) found.push({ entry, tier, own });
  }
  const pref = (code: string) => rank.get(code) ?? Infinity;
  found.sort((a, b) => a.tier - b.tier || pref(a.entry.code) - pref(b.entry.code) || Number(b.own) - Number(a.own) ||
    (collator ? collator.compare(a.entry.name, b.entry.name) : a.entry.name < b.entry.name ? -1 : 1));
  return found.slice(0, limit).map(({ entry, tier, own }) => ({
    code: entry.code,
    name: entry.name,
    parts: q && own ? partsOf(entry.name, q) : [{ text: entry.name, match: false }],
    exact: Boolean(q) && tier === 0,
  }));
}
