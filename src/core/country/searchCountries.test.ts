import { beforeAll, describe, expect, it } from 'vitest';
import { browserTables } from '../../../test/tables.js';
import { loadCountryNames } from './countryNames.js';
import { searchCountries } from './searchCountries.js';

const data = browserTables().country;
const codes = (q: string, locale = 'fr', extra: { preferred?: string[]; codes?: string[]; limit?: number } = {}) => searchCountries(q, { locale, ...extra }, data).map((r) => r.code);
const top = (q: string, locale = 'fr') => codes(q, locale)[0];

beforeAll(async () => {
  for (const l of ['fr', 'en', 'de', 'es', 'it', 'pt']) expect(await loadCountryNames(l, data)).toBe(true);
});

describe('searchCountries', () => {
  it('ignores case and accents, matches aliases, codes and names of every loaded language', () => {
    expect(top('equateur')).toBe('EC');
    expect(searchCountries('equateur', { locale: 'fr' }, data)[0]).toMatchObject({ name: 'Équateur', exact: true });
    expect(top('UK')).toBe('GB');
    expect(top('uk')).toBe('GB');
    expect(top('USA')).toBe('US');
    expect(top('Allemagne', 'en')).toBe('DE');
    expect(top('Deutschland')).toBe('DE');
    expect(top("Côte d'Ivoire")).toBe('CI');
    expect(top('Ivory Coast')).toBe('CI');
    expect(top('cote-d-ivoire', 'de')).toBe('CI');
    expect(top('Etats-Unis', 'en')).toBe('US');
    expect(top('de')).toBe('DE');
    expect(top('el')).toBe('GR');
  });
  it('ranks a name prefix before a word prefix before a substring', () => {
    expect(top('allem')).toBe('DE');
    const guinee = codes('guinee');
    expect(guinee[0]).toBe('GN'); // "Guinée": the whole name
    expect(guinee.slice(0, 4)).toEqual(expect.arrayContaining(['GQ', 'GW']));
    expect(guinee.indexOf('PG')).toBeGreaterThan(guinee.indexOf('GW')); // "Papouasie-Nouvelle-Guinée": a later word
    // Inside a word only: "Finlande", "Irlande", "Pays-Bas" (its Dutch name "Nederland" is no match; "Hollande" is no name).
    const lande = searchCountries('lande', { locale: 'fr' }, data);
    expect(lande.map((r) => r.code)).toEqual(expect.arrayContaining(['FI', 'IE']));
    expect(lande.every((r) => !r.exact)).toBe(true);
  });
  it('shows names in the page language with the matched run marked', () => {
    const [de] = searchCountries('allem', { locale: 'fr' }, data);
    expect(de!.parts).toEqual([{ text: 'Allem', match: true }, { text: 'agne', match: false }]);
    const [ec] = searchCountries('EQUA', { locale: 'fr' }, data);
    expect(ec!.parts).toEqual([{ text: 'Équa', match: true }, { text: 'teur', match: false }]);
    const [deEn] = searchCountries('Deutsch', { locale: 'en' }, data);
    expect(deEn).toMatchObject({ code: 'DE', name: 'Germany', parts: [{ text: 'Germany', match: false }], exact: false });
    const pg = searchCountries('nouvelle guin', { locale: 'fr' }, data).find((r) => r.code === 'PG')!;
    expect(pg.parts.filter((p) => p.match).map((p) => p.text)).toEqual(['Nouvelle-Guin']);
    expect(pg.parts.map((p) => p.text).join('')).toBe(pg.name);
  });
  it('lists preferred countries first for an empty query, then all by name', () => {
    const all = codes('', 'fr', { preferred: ['CH', 'fr', 'ZZ', 'BE'] });
    expect(all.slice(0, 3)).toEqual(['CH', 'FR', 'BE']);
    expect(all.length).toBe(data.codes.size);
    expect(all[3]).toBe('AF'); // Afghanistan
    expect(codes('', 'fr', { limit: 2 })).toHaveLength(2);
    // Preferred also breaks ties among equal matches.
    expect(codes('united', 'en')[0]).not.toBe('GB');
    expect(codes('united', 'en', { preferred: ['GB'] })[0]).toBe('GB');
  });
  it('keeps to the given codes (a select\'s options)', () => {
    expect(codes('', 'fr', { codes: ['fr', 'DE', 'BE'] })).toEqual(['DE', 'BE', 'FR']);
    expect(codes('allem', 'fr', { codes: ['FR'] })).toEqual([]);
  });
  it('falls back to Intl.DisplayNames, then English, for a language without table', () => {
    const [nl] = searchCountries('duitsland', { locale: 'nl' }, data);
    expect(nl?.code).toBe('DE');
    const [de] = searchCountries('deutschland', { locale: 'nl' }, data);
    expect(de?.name).toBe('Duitsland');
    const fresh = browserTables().country;
    expect(searchCountries('DE', { locale: 'xx-invalid-*' }, fresh)[0]?.code).toBe('DE');
  });
  it('never throws nor hangs on hostile queries', () => {
    for (const q of ['x'.repeat(100_000), '\u202e\u0000ab', '()[]*+?', 'constructor', '__proto__', ' ', '\u0645\u0635\u0631', undefined as unknown as string]) {
      expect(Array.isArray(searchCountries(q, { locale: 'ar' }, data))).toBe(true);
    }
    expect(top('\u0645\u0635\u0631', 'ar')).toBe('EG'); // مصر through Intl.DisplayNames
    expect(() => searchCountries('fr', undefined as never, data)).toThrow(/saisie: searchCountries/);
  });
});
