import { describe, expect, it } from 'vitest';
import { checkPhoneInCountries as checkIn, type PhoneInCountriesOptions } from './checkPhoneInCountries.js';
import { browserPhone } from '../../../test/tables.js';

const data = browserPhone();
const checkPhoneInCountries = (input: string, countries: (string | undefined)[], options: PhoneInCountriesOptions = {}) => checkIn(input, countries, options, data);

describe('checkPhoneInCountries', () => {
  it('a chosen country decides: a number from elsewhere is an error', () => {
    expect(checkPhoneInCountries('06 12 34 56 78', ['GB']).issues.map((i) => i.code)).toEqual(['phone.invalid']);
  });
  it('guessed countries are tried in turn: a French number on an English page with a French browser is French', () => {
    const r = checkPhoneInCountries('06 12 34 56 78', ['GB', 'FR'], { guessed: true });
    expect(r).toMatchObject({ valid: true, value: '+33612345678', issues: [] });
  });
  it('a national number that fits no guess warns and asks for the country code, never blocks', () => {
    const r = checkPhoneInCountries('06 12 34 56 78', ['GB', 'US'], { guessed: true, locale: 'en' });
    expect(r.valid).toBe(true);
    expect(r.value).toBe('06 12 34 56 78');
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([['phone.country-needed', 'warning']]);
  });
  it('still refuses what is no number whatever the country, and an international number stands on its own', () => {
    expect(checkPhoneInCountries('hello', ['GB'], { guessed: true }).valid).toBe(false);
    expect(checkPhoneInCountries('12', ['GB'], { guessed: true }).valid).toBe(false);
    expect(checkPhoneInCountries('+33 6 12 34 56 78', ['GB'], { guessed: true }).value).toBe('+33612345678');
    expect(checkPhoneInCountries('+33 1', ['GB'], { guessed: true }).valid).toBe(false);
  });
});
