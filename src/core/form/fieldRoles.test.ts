import { beforeAll, describe, expect, it } from 'vitest';
import { browserTables } from '../../../test/tables.js';
import { loadFrPostal } from '../postal/loadFrPostal.js';
import { loadCountryNames } from '../country/countryNames.js';
import { createRoleTable, type FieldCountry, type RoleContext } from './fieldRoles.js';

const tables = browserTables();
const roles = createRoleTable({}, tables);
const ctx = (country: FieldCountry, values: Record<string, string> = {}, locale = 'en'): RoleContext => ({
  locale,
  country: () => country,
  valueOf: (role) => values[role] ?? '',
  keyOf: (role) => (role in values ? role : undefined),
});
const chosen = (code: string): FieldCountry => ({ code, guessed: false, candidates: [] });
const check = (role: string, c: RoleContext, v: string) => roles[role]!.config(c).check!(v, {});

beforeAll(async () => {
  expect(await loadFrPostal('75011', tables.frPostal!)).toBe(true);
  expect(await loadCountryNames('en', tables.country)).toBe(true);
});

describe('role city', () => {
  it('depends on the postal code and the country, and waits for blur', () => {
    expect(roles.city!.config(ctx(chosen('FR'), { postalCode: '75011', country: 'FR' })).dependsOn).toEqual(['postalCode', 'country']);
    expect(roles.city!.plausible!('Pari')).toBe(false);
  });

  it('checks the city against the French postal code: for FR, overseas, or a French guess', () => {
    const fr = check('city', ctx(chosen('FR'), { postalCode: '75011' }), 'Lyon');
    expect(fr?.issues.map((i) => [i.code, i.severity, i.suggestion])).toEqual([['address.city-mismatch', 'warning', 'Paris']]);
    expect(check('city', ctx({ code: 'BE', guessed: true, candidates: ['FR'] }, { postalCode: '75011' }), 'Lyon')?.issues).toHaveLength(1);
    expect(check('city', ctx(chosen('FR'), { postalCode: '75011' }), 'Paris')?.issues).toEqual([]);
  });

  it('says nothing for another country, no country, or tables without the French postal table', () => {
    expect(check('city', ctx(chosen('GB'), { postalCode: '75011' }), 'Lyon')).toBeUndefined();
    expect(check('city', ctx({ guessed: true, candidates: [] }, { postalCode: '75011' }), 'Lyon')).toBeUndefined();
    expect(check('city', ctx({ code: 'DE', guessed: false, candidates: ['FR'] }, { postalCode: '75011' }), 'Lyon')).toBeUndefined();
    const without = createRoleTable({}, { ...tables, frPostal: undefined });
    expect(without.city!.config(ctx(chosen('FR'), { postalCode: '75011' })).check!('Lyon', {})).toBeUndefined();
  });
});

describe('role phone: phone.country-differs', () => {
  it('informs when a valid number is from another country than the chosen address country', () => {
    const r = check('phone', ctx(chosen('FR'), { country: 'FR' }), '+41 22 345 67 89')!;
    expect(r.valid).toBe(true);
    expect(r.value).toBe('+41223456789');
    expect(r.issues).toEqual([
      { code: 'phone.country-differs', severity: 'info', message: 'This phone number is from another country (Switzerland) than the address (France).', params: { phoneCountry: 'Switzerland', addressCountry: 'France', country: 'CH' } },
    ]);
    // Names where the language's are loaded, codes otherwise.
    expect(check('phone', ctx(chosen('FR'), { country: 'FR' }, 'de'), '+41 22 345 67 89')!.issues[0]!.message).toBe('Diese Telefonnummer ist aus einem anderen Land (CH) als die Adresse (FR).');
  });

  it('says nothing for a number of the address country, an invalid number, a guessed country or no country field', () => {
    expect(check('phone', ctx(chosen('FR')), '+41 22 345 67 89')!.issues).toEqual([]); // the site's default country, no address country field
    expect(check('phone', ctx(chosen('FR')), '06 12 34 56 78')!.issues).toEqual([]);
    expect(check('phone', ctx(chosen('FR')), '+33 6 12 34 56 78')!.issues).toEqual([]);
    expect(check('phone', ctx(chosen('FR')), '+41 22')!.issues.map((i) => i.code)).toEqual(['phone.invalid']);
    expect(check('phone', ctx({ code: 'FR', guessed: true, candidates: [] }), '+41 22 345 67 89')!.issues).toEqual([]);
    expect(check('phone', ctx({ guessed: true, candidates: [] }), '+41 22 345 67 89')!.issues).toEqual([]);
  });

  it('keeps the extension in what is posted', () => {
    const r = check('phone', ctx(chosen('FR'), { country: 'FR' }), '+41 22 345 67 89 ext. 12')!;
    expect(r.value).toBe('+41223456789;ext=12');
    expect(r.issues.map((i) => i.code)).toEqual(['phone.country-differs']);
  });
});
