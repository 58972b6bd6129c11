import load from '../../data/load-first-names.js';

/** A language's first names by sex, as packed in src/data/first-names (space-separated, normalized). */
export interface FirstNameTable {
  m: string;
  f: string;
}

const packed = new Map<string, FirstNameTable>();
const parsed = new Map<string, { m: Set<string>; f: Set<string> }>();

/** Registers a language's first-name table (the Node entry registers all of them up front). */
export function registerFirstNames(language: string, table: FirstNameTable): void {
  if (!table || typeof table.m !== 'string' || typeof table.f !== 'string') return;
  packed.set(language, table);
  parsed.delete(language);
}

/** The sex a language's table gives a normalized first name: 'm', 'f', or undefined when unknown or not loaded. */
export function getFirstNameSex(language: string, name: string): 'm' | 'f' | undefined {
  let sets = parsed.get(language);
  if (!sets) {
    const t = packed.get(language);
    if (!t) return undefined;
    sets = { m: new Set(t.m.split(' ')), f: new Set(t.f.split(' ')) };
    parsed.set(language, sets);
  }
  return sets.m.has(name) ? 'm' : sets.f.has(name) ? 'f' : undefined;
}

/** Loads a language's first-name table (fr, en, de, es, it, pt) so checkCivility can use it; resolves true once in use. */
export function loadFirstNames(locale: string): Promise<boolean> {
  const language = typeof locale === 'string' ? locale.slice(0, 2).toLowerCase() : '';
  if (packed.has(language)) return Promise.resolve(true);
  return load(language).then(
    (table) => {
      registerFirstNames(language, table as FirstNameTable);
      return packed.has(language);
    },
    () => false,
  );
}
