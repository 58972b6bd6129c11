import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkCivility } from './checkCivility.js';
import { loadFirstNames } from './firstNameTables.js';

const warns = (civility: string, firstName: string, locale?: string) => checkCivility({ civility, firstName }, { locale }).issues.map((i) => i.suggestion ?? '');

describe('checkCivility before any table is loaded', () => {
  it('never warns on what it does not know', () => {
    expect(warns('M.', 'Marie')).toEqual([]);
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
  });
  it('never warns for epicene or unknown names, neutral civilities, or empty fields', () => {
    for (const name of ['Camille', 'Dominique', 'Claude', 'Sacha', 'Xyzzyq', '李', '']) {
      expect(warns('M.', name)).toEqual([]);
      expect(warns('Mme', name)).toEqual([]);
    }
    for (const civ of ['Dr', 'Dr.', 'Mx', 'Me', 'Pr', 'Maître', '', 'Captain']) expect(warns(civ, 'Marie')).toEqual([]);
    expect(warns('Herr', 'Andrea')).toEqual([]); // female in German usage, male in Italian: left out
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
