import { createIssue } from '../messages.js';
import { POSTAL_CODES } from '../codes.js';
import { assertString, trimSpaces } from '../input.js';
import { toResult } from '../result.js';
import type { CheckOptions, CheckResult } from '../types.js';
import { getAddressFormat, type AddressData } from '../address/getAddressFormat.js';
import { canonicalPostalCode } from './canonicalPostalCode.js';

/**
 * Checks a postal code for a country (ISO 3166-1 alpha-2); `value` is its canonical form (`sw1a2aa` → `SW1A 2AA`,
 * `DK-1120` → `1120`, `1234` for LV → `LV-1234`).
 */
export function checkPostalCode(input: string, country: string, options: CheckOptions = {}, data: AddressData): CheckResult {
  assertString('checkPostalCode', 'input', input);
  assertString('checkPostalCode', 'country', country);
  const locale = options?.locale;
  const issue = (code: keyof typeof POSTAL_CODES, params: Record<string, string>) => createIssue(POSTAL_CODES, data, locale, code, { params });
  const format = getAddressFormat(country, data);
  const cc = country.trim().toUpperCase().slice(0, 3);
  if (!format) return toResult(trimSpaces(input.slice(0, 40)), [issue('country.unknown', { country: cc })]);
  if (input.length > 40) return toResult(input, [issue('postal.invalid', { reason: 'format', country: cc })]);
  // Full-width digits and letters (typed with a CJK keyboard) fold to ASCII, typographic dashes (`DK–1120` after a
  // word processor's autocorrect) to '-'; case is canonical upper.
  const value = trimSpaces(input).normalize('NFKC').replace(/[\u2010-\u2015\u2212]/g, '-').toUpperCase();
  if (!format.zip) return toResult(value, [issue('postal.none', { country: cc })]);
  if (value === '') return toResult(value, [issue('postal.invalid', { reason: 'empty', country: cc })]);
  const canonical = canonicalPostalCode(value, format, cc);
  if (canonical === undefined) {
    const example = format.zipExamples[0] ?? '';
    return toResult(value, [issue('postal.invalid', { reason: 'format', country: cc, example })]);
  }
  return toResult(canonical, []);
}
