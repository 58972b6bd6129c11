// One civility configuration: the civilities and epicene names the rule reads, the first-name tables by language
// (given up front or loaded), its messages. Entries build it from src/data; checkCivility takes it.
import type { Catalogs, MessageBook } from '../messages.js';
import type { DataLoader } from '../types.js';
import { loadTable } from '../loadTable.js';

/** A language's first names by sex, as packed in src/data/first-names (space-separated, normalized). */
export interface FirstNameTable {
  m: string;
  f: string;
  /** Compound names borne by both sexes whose first element is listed (marie-jean): they never warn. */
  b?: string;
}

/** key → [language, sex, canonical form, coherent form for the other sex]; sex 'n' never warns. */
export type CivilityTable = Readonly<Record<string, readonly [string, 'm' | 'f' | 'n', string, string]>>;

/** Options of `createCivilityData`. */
export interface CivilityDataOptions {
  /** First-name tables given up front, by language. */
  names?: Readonly<Record<string, FirstNameTable>>;
  messages?: Catalogs;
  book?: MessageBook;
  /** Loads ('first-names', language). */
  load?: DataLoader;
}

/** The tables of the civility rule (build it with `createCivilityData`). */
export interface CivilityData {
  /** @internal */ civilities: CivilityTable;
  /** @internal */ epicene: Readonly<Record<string, string>>;
  /** @internal */ packed: Map<string, FirstNameTable>;
  /** @internal */ parsed: Map<string, { m: Set<string>; f: Set<string>; b: Set<string> }>;
  readonly messages: Catalogs;
  readonly book?: MessageBook;
  load?: DataLoader;
}

const isTable = (t: unknown): t is FirstNameTable => !!t && typeof (t as FirstNameTable).m === 'string' && typeof (t as FirstNameTable).f === 'string';

/** A civility configuration over its civilities and epicene names (by language, space-separated). */
export function createCivilityData(civilities: CivilityTable, epicene: Readonly<Record<string, string>>, options: CivilityDataOptions = {}): CivilityData {
  if (!civilities || typeof civilities !== 'object' || !epicene || typeof epicene !== 'object') {
    throw new TypeError('saisie: createCivilityData needs the civility table and the epicene names.');
  }
  const data: CivilityData = { civilities, epicene, packed: new Map(), parsed: new Map(), messages: options.messages ?? {}, book: options.book, load: options.load };
  for (const [language, table] of Object.entries(options.names ?? {})) if (isTable(table)) data.packed.set(language, table);
  return data;
}

/**
 * The sex a language's table gives a first name, by its first element (`name`) unless the whole compound (`whole`,
 * e.g. marie-jean) is borne by both sexes: 'm', 'f', or undefined when unknown, balanced or not loaded.
 */
export function getFirstNameSex(data: CivilityData, language: string, name: string, whole = name): 'm' | 'f' | undefined {
  let sets = data.parsed.get(language);
  if (!sets) {
    const t = data.packed.get(language);
    if (!t) return undefined;
    sets = { m: new Set(t.m.split(' ')), f: new Set(t.f.split(' ')), b: new Set(typeof t.b === 'string' ? t.b.split(' ') : []) };
    data.parsed.set(language, sets);
  }
  if (whole !== name && sets.b.has(whole)) return undefined;
  return sets.m.has(name) ? 'm' : sets.f.has(name) ? 'f' : undefined;
}

/** Loads a language's first-name table (fr, en, de, es, it, pt) through the data loader; resolves true once in use. */
export function loadFirstNames(locale: string, data: CivilityData): Promise<boolean> {
  const language = typeof locale === 'string' ? locale.slice(0, 2).toLowerCase() : '';
  if (data.packed.has(language)) return Promise.resolve(true);
  if (!data.load || !/^[a-z]{2}$/.test(language)) return Promise.resolve(false);
  return loadTable(data.load, 'first-names', language).then((table) => {
    if (isTable(table)) data.packed.set(language, table);
    return data.packed.has(language);
  });
}
