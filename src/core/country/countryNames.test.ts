import { describe, expect, it } from 'vitest';
import { createSaisie } from '../../createSaisie.js';
import { browserTables } from '../../../test/tables.js';

const { findCountry, getCountryName, loadCountryNames } = createSaisie(browserTables());

describe('country names', () => {
  it('knows codes at once and names once a language is loaded', async () => {
    expect(findCountry(' fr ')).toBe('FR');
    expect(findCountry('UK')).toBe('GB');
    expect(findCountry('EL')).toBe('GR');
    expect(findCountry('No')).toBeUndefined(); // a word, not Norway's code
    expect(findCountry('NO')).toBe('NO');
    expect(findCountry('ZZ')).toBeUndefined();
    expect(findCountry('constructor')).toBeUndefined();
    expect(findCountry('Allemagne')).toBeUndefined();
    expect(await loadCountryNames('fr-FR')).toBe(true);
    expect(await loadCountryNames('de')).toBe(true);
    expect(findCountry('Allemagne')).toBe('DE');
    expect(findCountry("états-unis d'Amérique")).toBe('US');
    expect(findCountry('royaume uni')).toBe('GB');
    // Short names forms write that the tables lack: "États-Unis" is not "États-Unis d'Amérique".
    for (const name of ['États-Unis', 'Etats-Unis', 'etats unis', 'Stati Uniti', 'EE. UU.', 'Tchéquie']) expect([name, findCountry(name)]).toEqual([name, name === 'Tchéquie' ? 'CZ' : 'US']);
    expect(findCountry('Deutschland')).toBe('DE');
    expect(getCountryName('de', 'fr')).toBe('Allemagne');
    expect(getCountryName('constructor', 'fr')).toBeUndefined();
    expect(findCountry('x'.repeat(100_000))).toBeUndefined();
    expect(await loadCountryNames('xx')).toBe(false);
  });
});
