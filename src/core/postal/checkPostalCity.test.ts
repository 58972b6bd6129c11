import { beforeAll, describe, expect, it } from 'vitest';
import { browserTables } from '../../../test/tables.js';
import { POSTAL_MESSAGES } from '../../locales/postal.js';
import { PHONE_MESSAGES } from '../../locales/phone.js';
import type { FrPostalData } from './frPostalData.js';
import { createFrPostalData } from './frPostalData.js';
import { checkPostalCity } from './checkPostalCity.js';
import { getCommunesForPostalCode } from './getCommunesForPostalCode.js';
import { getCityForPostalCode } from './getCityForPostalCode.js';
import { getFrPostalKey } from './getFrPostalKey.js';
import { loadFrPostal } from './loadFrPostal.js';

let fr: FrPostalData;
beforeAll(async () => {
  fr = browserTables().frPostal!;
  for (const code of ['75011', '69001', '13001', '01400', '20000', '97400', '92100', '97411']) expect(await loadFrPostal(code, fr)).toBe(true);
});
const check = (code: string, city: string, locale = 'fr') => checkPostalCity(code, city, { locale }, fr);
const ok = (code: string, city: string) => expect(check(code, city).issues, `${code} ${city}`).toEqual([]);

describe('getFrPostalKey', () => {
  it('keys a code by département: 2 digits, 3 overseas; nothing but 5 digits', () => {
    expect(['75011', '01400', '20000', '97400', '98000', '75 011'].map(getFrPostalKey)).toEqual(['75', '01', '20', '974', '980', '75']);
    expect(['7501', '750111', '75O11', '', 'FR-75011', '2A000'].map(getFrPostalKey)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('checkPostalCity', () => {
  it('says nothing while the département is not loaded', () => {
    const empty = browserTables().frPostal!;
    expect(checkPostalCity('75011', 'Lyon', {}, empty)).toEqual({ valid: true, value: 'Lyon', issues: [] });
    expect(getCommunesForPostalCode('75011', empty)).toBeUndefined();
  });

  it('accepts the commune in every way it is written: case, accents, hyphens, ST/SAINT, arrondissements, CEDEX', () => {
    for (const city of ['Paris', 'PARIS', 'paris', 'Paris 11e', 'PARIS 11', 'Paris 11ème', 'Paris 11e arrondissement', 'Paris XIe'.replace('XI', '11'), 'PARIS CEDEX 11', '75011 Paris', ' Paris ']) ok('75011', city);
    for (const city of ['Lyon', 'LYON 1er', 'Lyon 01']) ok('69001', city);
    for (const city of ['Marseille', 'Marseille 1er', 'MARSEILLE']) ok('13001', city);
    for (const city of ['Ajaccio', 'AJACCIO', 'Lecci']) ok('20000', city);
    for (const city of ['Saint-Denis', 'SAINT DENIS', 'St Denis', 'st-denis', 'Saint Denis', 'SaintDenis']) ok('97400', city);
    for (const city of ['Châtillon-sur-Chalaronne', 'CHATILLON SUR CHALARONNE', 'chatillon-sur-chalaronne', 'Romans', 'L’Abergement-Clémenciat', "L'ABERGEMENT CLEMENCIAT", 'Labergement-Clemenciat', 'St-Georges-sur-Renon', 'SAINT-GEORGES-SUR-RENOM']) ok('01400', city);
    ok('92100', 'Boulogne-Billancourt');
    ok('75 011', 'Paris');
  });

  it('warns, never blocks, with the right commune as a one-click suggestion', () => {
    const r = check('75011', 'Lyon');
    expect(r.valid).toBe(true);
    expect(r.value).toBe('Lyon');
    expect(r.issues).toEqual([{ code: 'address.city-mismatch', severity: 'warning', message: 'Le code postal 75011 correspond à Paris.', suggestion: 'Paris', params: { postalCode: '75011' } }]);
    expect(check('69001', 'Lyin').issues[0]?.suggestion).toBe('Lyon');
    expect(check('13001', 'Marseile').issues[0]?.suggestion).toBe('Marseille');
    expect(check('97400', 'Saint-Pierre').issues[0]?.suggestion).toBe('Saint-Denis');
    expect(check('92100', 'Boulogne-sur-Mer', 'en').issues[0]?.message).toBe('92100 is the postal code of Boulogne-Billancourt.');
    // The postal code names the arrondissement: another one is a mismatch, and the suggestion is the city.
    expect(check('75011', 'Paris 16e').issues[0]?.suggestion).toBe('Paris');
  });

  it('for a code shared by several communes, suggests the closest by name and lists the others', () => {
    const r = check('01400', 'Chatilon sur Chalaronne');
    expect(r.issues).toHaveLength(1);
    const [issue] = r.issues;
    expect(issue).toMatchObject({ code: 'address.city-mismatch', severity: 'warning', suggestion: 'Châtillon-sur-Chalaronne', params: { reason: 'several', postalCode: '01400', count: 10 } });
    expect(String(issue!.params!.communes)).toMatch(/^Chanoz-Châtenay, Condeissiat, Dompierre-sur-Chalaronne, L'Abergement-Clémenciat, Neuville-les-Dames, Romans…$/);
    expect(issue!.message).toBe(`Le code postal 01400 dessert 10 communes, dont ${issue!.params!.communes} et Châtillon-sur-Chalaronne.`);
    // The suggestion is the last word of the message: the button goes there, not on a commune of the list.
    expect(issue!.message.endsWith('Châtillon-sur-Chalaronne.')).toBe(true);
    expect(check('01400', 'Sandrands').issues[0]?.suggestion).toBe('Sandrans');
    expect(check('20000', 'Ajacio').issues[0]?.suggestion).toBe('Ajaccio');
    expect(check('20000', 'Bastia').issues[0]?.params).toMatchObject({ reason: 'several', count: 2 });
  });

  it('says nothing for a code the table does not know (CEDEX), an empty city or a code that is not 5 digits', () => {
    for (const code of ['75700', '92099', '', '7501', 'abc', '75011 CEDEX']) expect(check(code, 'Lyon').issues, code).toEqual([]);
    expect(check('75011', '').issues).toEqual([]);
    expect(check('75011', '   ').issues).toEqual([]);
    expect(check('75011', '--').issues).toEqual([]);
  });

  it('is total and quick on hostile input, and a developer mistake throws a clear TypeError', () => {
    for (const code of ['constructor', '__proto__', 'toString', '7'.repeat(100000), '7501'.padEnd(100000, '1')]) expect(check(code, 'Lyon').issues).toEqual([]);
    expect(check('75011'.padEnd(100000, ' '), 'Lyon').issues[0]?.suggestion).toBe('Paris'); // spaces around a code are not part of it
    for (const city of ['a'.repeat(100000), 'é'.repeat(119), '\u0000'.repeat(50), 'ST '.repeat(40), '🏙️'.repeat(30)]) expect(() => check('75011', city)).not.toThrow();
    // The longest city compared against the code with the most communes: the edit distance is bounded by 60 × 60.
    expect(check('01400', 'x'.repeat(119)).issues[0]?.params?.reason).toBe('several');
    expect(() => checkPostalCity(75011 as unknown as string, 'Paris', {}, fr)).toThrow(/^saisie: checkPostalCity\(\) expects postalCode to be a string/);
    expect(() => checkPostalCity('75011', null as unknown as string, {}, fr)).toThrow(TypeError);
  });

  it('has its messages in every built-in language, the suggestion last', () => {
    for (const lang of ['en', 'fr', 'de', 'es', 'it']) {
      const r = check('01400', 'Chatilon', lang).issues[0]!;
      expect(r.message.endsWith('Châtillon-sur-Chalaronne.'), lang).toBe(true);
      expect(r.message, lang).toContain('Romans');
      expect(check('75011', 'Lyon', lang).issues[0]!.message, lang).toMatch(/75011.*Paris\.$/);
      expect(POSTAL_MESSAGES[lang]!['address.city-mismatch#several'], lang).toContain('{communes}');
      expect(PHONE_MESSAGES[lang]!['phone.country-differs'], lang).toMatch(/\{phoneCountry\}.*\{addressCountry\}/);
    }
  });
});

describe('getCommunesForPostalCode', () => {
  it('gives the communes of a code, their city-field name, official name and routing label', () => {
    expect(getCommunesForPostalCode('75011', fr)).toEqual([{ name: 'Paris', commune: 'Paris 11e Arrondissement', label: 'PARIS' }]);
    expect(getCommunesForPostalCode('97400', fr)).toEqual([{ name: 'Saint-Denis', commune: 'Saint-Denis', label: 'SAINT DENIS' }]);
    expect(getCommunesForPostalCode('01400', fr)).toHaveLength(10);
    expect(getCommunesForPostalCode('01400', fr)).toContainEqual({ name: 'Romans', commune: 'Romans', label: 'ROMANS' });
    expect(getCommunesForPostalCode('20000', fr)!.map((c) => c.name)).toEqual(['Ajaccio', 'Lecci']);
    expect(getCommunesForPostalCode('75700', fr)).toEqual([]);
  });

  it('keeps only well-formed entries of a chunk that came from a server', () => {
    const data = createFrPostalData({ chunks: { '75': { '75011': ['Paris 11e Arrondissement', 42, null, ['x'], ['Ok', 7], ['Bon', 'BON'], 'y'.repeat(500)] as never, '75012': 'nope' as never } } });
    expect(getCommunesForPostalCode('75011', data)!.map((c) => c.commune)).toEqual(['Paris 11e Arrondissement', 'x', 'Bon']);
    expect(getCommunesForPostalCode('75012', data)).toEqual([]);
    expect(createFrPostalData({ chunks: { '75': [] as never, '69': null as never } }).chunks.size).toBe(0);
  });
});

describe('loadFrPostal', () => {
  it('loads a chunk once, through the loader, and tries again after a failure', async () => {
    const asked: string[] = [];
    let fail = true;
    const data = createFrPostalData({ load: async (kind, key) => (asked.push(`${kind}/${key}`), fail ? Promise.reject(new Error('down')) : { '69001': ['Lyon'] }) });
    expect(await loadFrPostal('69001', data)).toBe(false);
    fail = false;
    const [a, b] = await Promise.all([loadFrPostal('69001', data), loadFrPostal('69002', data)]);
    expect([a, b]).toEqual([true, true]);
    expect(asked).toEqual(['fr-postal/69', 'fr-postal/69']);
    expect(await loadFrPostal('7501', data)).toBe(false);
    expect(await loadFrPostal('75011', createFrPostalData())).toBe(false);
    expect(await loadFrPostal('75011', createFrPostalData({ load: async () => 'garbage' }))).toBe(false);
  });
});

describe('getCityForPostalCode', () => {
  it('names the one city of a code, for filling a city field', () => {
    expect(['75011', '75016', '75015', '69001', '13001', '13011', '13007', '97400', '97411', '92100'].map((c) => getCityForPostalCode(c, fr))).toEqual([
      'Paris', 'Paris', 'Paris', 'Lyon', 'Marseille', 'Marseille', 'Marseille', 'Saint-Denis', 'Saint-Paul', 'Boulogne-Billancourt',
    ]);
  });
  it('names none for a code shared by communes of their own (01400, 20000, 13270), an unknown code or a chunk not loaded', () => {
    expect(['01400', '20000', '75700', '7501'].map((c) => getCityForPostalCode(c, fr))).toEqual([undefined, undefined, undefined, undefined]);
    expect(getCityForPostalCode('13270', fr)).toBeUndefined(); // Arles, Fos-sur-Mer
    expect(getCityForPostalCode('75011', createFrPostalData())).toBeUndefined();
  });
});
