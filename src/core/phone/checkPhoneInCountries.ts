import { createIssue } from '../messages.js';
import { PHONE_CODES } from '../codes.js';
import { trimSpaces } from '../input.js';
import type { CheckOptions } from '../types.js';
import { checkPhone, type PhoneCheckResult } from './checkPhone.js';
import type { PhoneData } from './phoneData.js';

/** Options of `checkPhoneInCountries`: `guessed` says the countries were inferred (page language, browser), not chosen. */
export interface PhoneInCountriesOptions extends CheckOptions {
  guessed?: boolean;
}

/**
 * Checks a phone number against several candidate countries, first one first. When the countries were only
 * guessed, a national number that fits none of them is a warning asking for the country code, never an error:
 * the person may simply live elsewhere than the page's language suggests.
 */
export function checkPhoneInCountries(input: string, countries: readonly (string | undefined)[], options: PhoneInCountriesOptions, data: PhoneData): PhoneCheckResult {
  const { locale, guessed = false } = options;
  const unique = [...new Set(countries.filter((c): c is string => typeof c === 'string' && c !== ''))].slice(0, 8);
  const first = checkPhone(input, { country: unique[0], locale }, data);
  if (first.valid || !guessed || typeof input !== 'string') return first;
  const text = trimSpaces(input);
  if (text.startsWith('+') || text.startsWith('00')) return first; // international: the country is in the number
  for (const country of unique.slice(1)) {
    const r = checkPhone(input, { country, locale }, data);
    if (r.valid) return r;
  }
  const reason = first.issues[0]?.params?.reason;
  if (reason === 'empty' || reason === 'not-a-number' || reason === 'too-short') return first;
  return { valid: true, value: first.value, issues: [createIssue(PHONE_CODES, data, locale, 'phone.country-needed', { params: { country: unique[0] ?? '' } })] };
}
