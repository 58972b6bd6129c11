import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { checkCivility as checkCivilityIn, firstNameKey, type CivilityInput } from './checkCivility.js';
import { createCivilityData, loadFirstNames as loadIn } from './civilityData.js';
import { civilityData } from '../../../test/tables.js';
import { CIVILITIES } from '../../data/civilities.js';
import { EPICENE_NAMES } from '../../data/epicene-names.js';
import de from '../../data/first-names/de.json' with { type: 'json' };
import en from '../../data/first-names/en.json' with { type: 'json' };
import es from '../../data/first-names/es.json' with { type: 'json' };
import fr from '../../data/first-names/fr.json' with { type: 'json' };
import it_ from '../../data/first-names/it.json' with { type: 'json' };
import pt from '../../data/first-names/pt.json' with { type: 'json' };

const data = civilityData();
const checkCivility = (values: CivilityInput, options?: { locale?: string }) => checkCivilityIn(values, options, data);
const loadFirstNames = (locale: string) => loadIn(locale, data);

const warns = (civility: string, firstName: string, locale?: string) => checkCivility({ civility, firstName }, { locale }).issues.map((i) => i.suggestion ?? '');

describe('checkCivility before any table is loaded', () => {
  it('never warns on what it does not know', () => {
    expect(warns('M.', 'Marie')).toEqual([]);
  });
});

describe('civility configurations', () => {
  it('live side by side: names given up front to one are not seen by the other', async () => {
    const withNames = createCivilityData(CIVILITIES, EPICENE_NAMES, { names: { fr } });
    const bare = createCivilityData(CIVILITIES, EPICENE_NAMES);
    expect(checkCivilityIn({ civility: 'M.', firstName: 'Marie' }, {}, withNames).issues.map((i) => i.code)).toEqual(['civility.mismatch']);
    expect(checkCivilityIn({ civility: 'M.', firstName: 'Marie' }, {}, bare).issues).toEqual([]);
    // No loader: nothing loads, and it says so.
    expect(await loadIn('fr', bare)).toBe(false);
  });
  it('a failing or garbage loader loads nothing and throws nothing', async () => {
    const failing = createCivilityData(CIVILITIES, EPICENE_NAMES, { load: () => Promise.reject(new Error('offline')) });
    const garbage = createCivilityData(CIVILITIES, EPICENE_NAMES, { load: () => Promise.resolve({ m: 3 }) });
    const throwing = createCivilityData(CIVILITIES, EPICENE_NAMES, { load: () => { throw new Error('sync'); } });
    for (const d of [failing, garbage, throwing]) expect(await loadIn('fr', d)).toBe(false);
    // A key that is not a language never reaches the loader.
    const asked: string[] = [];
    const spy = createCivilityData(CIVILITIES, EPICENE_NAMES, { load: (kind, key) => (asked.push(`${kind}/${key}`), Promise.resolve(undefined)) });
    expect(await loadIn('../x', spy)).toBe(false);
    expect(await loadIn('fr-FR', spy)).toBe(false);
    expect(asked).toEqual(['first-names/fr']);
  });
  it('refuses to be built without its tables', () => {
    expect(() => createCivilityData(null as never, EPICENE_NAMES)).toThrow(/^saisie: createCivilityData/);
  });
});

describe('checkCivility', () => {
  beforeAll(async () => {
    for (const l of ['fr', 'en', 'de', 'es', 'it', 'pt']) expect(await loadFirstNames(l)).toBe(true);
  });
  it('warns on a mismatch, suggesting a coherent civility in the same language', () => {
    for (const [civ, name, suggestion] of [
      ['M.', 'Marie', 'Mme'], ['Monsieur', 'Marie', 'Madame'], ['Mme', 'Jean', 'M.'], ['Madame', 'Pierre', 'Monsieur'], ['Mlle', 'Thomas', 'M.'],
      ['Mr', 'Mary', 'Ms'], ['Mrs', 'John', 'Mr'], ['Ms', 'James', 'Mr'], ['Miss', 'Thomas', 'Mr'], ['Herr', 'Ursula', 'Frau'], ['Frau', 'Hans', 'Herr'],
      ['Sr.', 'Carmen', 'Sra.'], ['Sra.', 'Jesús', 'Sr.'], ['Srta.', 'José', 'Sr.'], ['Sig.', 'Giulia', 'Sig.ra'], ['Sig.ra', 'Giovanni', 'Sig.'], ['Sig.na', 'Luca', 'Sig.'],
    ] as const) {
      expect([civ, name, warns(civ, name)]).toEqual([civ, name, [suggestion]]);
    }
    const issue = checkCivility({ civility: 'M.', firstName: 'Marie' }).issues[0]!;
    expect(issue).toMatchObject({ code: 'civility.mismatch', severity: 'warning', suggestion: 'Mme' });
    expect(checkCivility({ civility: 'M.', firstName: 'Marie' }, { locale: 'fr' }).issues[0]!.message).toBe('« M. » va rarement avec Marie : vouliez-vous dire Mme ?');
  });
  it('accepts coherent pairs, compound names and every spelling', () => {
    for (const [civ, name] of [
      ['M.', 'Jean'], ['Mme', 'Marie'], ['m', 'Jean-Marie'], ['MME', 'Marie-Pierre'], ['Sra.', 'María José'], ['Mme', '  marie-hélène '], ['Mme', 'MARIE'], ['Mme', 'Zoé'], ['Sr.', 'José'],
      ['Herr', 'Hans'], ['Sig.', 'Andrea'], ['Frau', 'Ursula'],
    ] as const) {
      expect([civ, name, warns(civ, name)]).toEqual([civ, name, []]);
    }
    expect(warns('M.', 'Jean-Marie')).toEqual([]);
    expect(warns('Mme', 'Jean-Marie')).toEqual(['M.']);
    // A compound that INSEE counts as borne by both sexes never warns, however its first element reads.
    for (const civ of ['M.', 'Mme']) for (const name of ['Marie-Jean', 'marie jean', 'MARIE–JEAN'.replace('–', '-')]) expect([civ, name, warns(civ, name)]).toEqual([civ, name, []]);
    expect(warns('M.', 'Marie-Claire')).toEqual(['Mme']);
  });
  it('never warns for epicene or unknown names, neutral civilities, or empty fields', () => {
    for (const name of ['Camille', 'Dominique', 'Claude', 'Sacha', 'Xyzzyq', '李', '']) {
      expect(warns('M.', name)).toEqual([]);
      expect(warns('Mme', name)).toEqual([]);
    }
    for (const civ of ['Dr', 'Dr.', 'Mx', 'Me', 'Pr', 'Maître', '', 'Captain']) expect(warns(civ, 'Marie')).toEqual([]);
    expect(warns('Herr', 'Andrea')).toEqual([]); // female in German usage, male in Italian: left out
  });
  it('warns on the most borne French names with the opposite civility (INSEE tables)', () => {
    for (const name of ['Patrick', 'Maxime', 'Kevin', 'Kévin', 'Mathieu', 'Théo', 'Léo', 'Enzo', 'Mohamed', 'Jean-Pierre', 'Jean-Marie']) {
      expect([name, warns('Mme', name), warns('Madame', name), warns('M.', name)]).toEqual([name, ['M.'], ['Monsieur'], []]);
    }
    for (const name of ['Anne', 'Myriam', 'Anne-Marie', 'Marie-Claire', 'Marie Carmen', 'Marie-Christine']) {
      expect([name, warns('M.', name), warns('Monsieur', name), warns('Mme', name)]).toEqual([name, ['Mme'], ['Madame'], []]);
    }
  });
  it('folds case, accents and separators, and reads a compound by its first element', () => {
    for (const name of ['THÉO', 'theo', 'Théo', ' Théo ', 'Theo-Paul', 'LÉO', 'léo', 'Jean Pierre', 'JEAN-PIERRE', 'jean‐pierre', 'Jean‑Pierre']) {
      expect([name, warns('Mme', name)]).toEqual([name, ['M.']]);
    }
    for (const name of ['anne-marie', 'ANNE MARIE', 'Anne-Marie', 'Myriam', 'MYRIAM', 'Mýriam']) expect([name, warns('M.', name)]).toEqual([name, ['Mme']]);
    expect(warns('Sr.', 'Maria Carmen')).toEqual(['Sra.']);
    expect(warns('Sr.', 'María del Carmen')).toEqual(['Sra.']);
    expect(warns('Sra.', 'José María')).toEqual(['Sr.']);
    expect(warns('Sra.', 'María José')).toEqual([]);
    expect(warns('Sr.', 'José María')).toEqual([]);
  });
  it('never warns on names balanced in France, under a French civility or on a French form', () => {
    for (const name of ['Dominique', 'Camille', 'Claude', 'Charlie', 'Alix', 'Sacha', 'Dominique-Marie', 'Claude Anne']) {
      for (const civility of ['M.', 'Mme', 'Monsieur', 'Madame', 'Mlle', 'Mademoiselle']) expect([civility, name, warns(civility, name)]).toEqual([civility, name, []]);
      for (const civility of ['Mr', 'Mrs', 'Ms', 'Herr', 'Frau', 'Sr.', 'Sra.']) expect([civility, name, warns(civility, name, 'fr')]).toEqual([civility, name, []]);
    }
    // Elsewhere each country's own counts decide: Camille is 98% female in the US, Dominique 100% in Vienna.
    expect(warns('Mr', 'Camille')).toEqual(['Ms']);
    expect(warns('Mrs', 'Dominique')).toEqual([]); // 69% female in the US: not clear enough
  });
  it('tables hold only keys checkCivility can look up, one sex each, never an epicene name', () => {
    for (const [language, table] of Object.entries({ de, en, es, fr, it: it_, pt })) {
      const m = table.m.split(' ');
      const f = new Set(table.f.split(' '));
      expect([language, [...m, ...f].filter((key) => firstNameKey(key) !== key)]).toEqual([language, []]);
      expect([language, m.filter((k) => f.has(k))]).toEqual([language, []]);
      const epicene = (EPICENE_NAMES[language] ?? '').split(' ');
      expect([language, epicene.filter((k) => f.has(k) || m.includes(k))]).toEqual([language, []]);
    }
    for (const name of ['dominique', 'camille', 'charlie', 'claude', 'alix', 'sacha']) {
      expect([name, fr.m.split(' ').includes(name) || fr.f.split(' ').includes(name)]).toEqual([name, false]);
    }
  });
  it('gives the canonical civility as value', () => {
    expect(checkCivility({ civility: ' sig.RA ', firstName: '' }).value).toBe('Sig.ra');
    expect(checkCivility({ civility: 'madame', firstName: 'Marie' })).toEqual({ valid: true, value: 'Madame', issues: [] });
  });
  it('property: total, never an error, never warns for a neutral civility', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 }), (c, n) => {
        const r = checkCivility({ civility: c, firstName: n });
        expect(r.valid).toBe(true);
        expect(checkCivility({ civility: 'Dr', firstName: n }).issues).toEqual([]);
      }),
      { numRuns: 1000 },
    );
    expect(checkCivility({ civility: 'M.', firstName: 'é'.repeat(100_000) }).issues).toEqual([]);
    expect(() => checkCivility(null as never)).toThrow(/^saisie: /);
  });
});

// France's figures on INSEE's own counts (data-sources/first-names/fr.csv), through the real tables: loadFirstNames
// reads src/data/first-names/fr.json, the module the browser loads lazily and the Node entry binds up front
// (src/node/bind-first-names.ts). Bearer-weighted: a name counts by how many were given it.
describe('checkCivility on French statistics (INSEE, Fichier des prénoms)', () => {
  const rows = readFileSync(new URL('../../../data-sources/first-names/fr.csv', import.meta.url), 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => {
      const [name = '', m, f] = line.split(',');
      return { name, m: Number(m), f: Number(f), t: Number(m) + Number(f) };
    })
    .sort((a, b) => b.t - a.t);
  beforeAll(async () => {
    expect(await loadFirstNames('fr')).toBe(true);
  });
  it('≥ 97% of the bearers of the 1,000 most borne clearly-gendered names (≥ 90% one sex) are warned under the opposite civility', () => {
    const top = rows.filter((r) => r.t > 0 && Math.max(r.m, r.f) >= 0.9 * r.t).slice(0, 1000);
    expect(top).toHaveLength(1000);
    const total = top.reduce((s, r) => s + r.t, 0);
    const warned = top.filter((r) => warns(r.m > r.f ? 'Mme' : 'M.', r.name).length > 0).reduce((s, r) => s + r.t, 0);
    expect(warned / total).toBeGreaterThanOrEqual(0.97);
  });
  it('balanced names (30–70% men) never warn under a French civility; a compound follows its first element', () => {
    const balanced = rows.filter((r) => r.t > 0 && r.m >= 0.3 * r.t && r.m <= 0.7 * r.t);
    expect(balanced.length).toBeGreaterThan(100);
    const warned = balanced.filter((r) => ['M.', 'Mme', 'Monsieur', 'Madame', 'Mlle', 'Mademoiselle'].some((c) => warns(c, r.name).length > 0));
    // A compound is read by its first element: a balanced compound whose first element is itself clearly gendered
    // (Marie-Jean: 80 births since 1900; Marie alone is 98.8% female) follows that element. No simple name does.
    const simple = (name: string) => firstNameKey(name) === name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    expect(warned.filter((r) => simple(r.name)).map((r) => r.name)).toEqual([]);
    for (const r of warned) {
      const first = rows.find((x) => x.name.toLowerCase() === r.name.split(/[\s-]/)[0]!.toLowerCase());
      expect([r.name, first && Math.max(first.m, first.f) >= 0.9 * first.t, r.t < 1000]).toEqual([r.name, true, true]);
    }
  });
});
