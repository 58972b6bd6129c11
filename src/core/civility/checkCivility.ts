import { createIssue } from '../messages.js';
import { CIVILITY_CODES } from '../codes.js';
import { lookup } from '../input.js';
import { toResult } from '../result.js';
import type { CheckOptions, CheckResult } from '../types.js';
import { getFirstNameSex, type CivilityData } from './civilityData.js';

/** The two fields compared; either may be empty. */
export interface CivilityInput {
  civility?: string;
  firstName?: string;
}

/** Options of `checkCivility`: `locale` also names a first-name table to consult. */
export type CivilityCheckOptions = CheckOptions;

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** Key of a civility as typed: "Sig.ra" → "sigra", " M. " → "m". */
export function civilityKey(civility: string): string {
  return fold(civility.slice(0, 30)).replace(/[.\s]/g, '');
}

/** The language of a civility ("Herr" → 'de'), or undefined when saisie does not know it. */
export function getCivilityLanguage(civility: string, data: CivilityData): string | undefined {
  return typeof civility === 'string' ? lookup(data.civilities, civilityKey(civility))?.[0] : undefined;
}

/** First element of a first name, normalized: "Jean-Marie" → "jean", " María José " → "maria". */
export function firstNameKey(firstName: string): string {
  const first = fold(firstName.slice(0, 60).trim()).split(/[\s\-‐'’]/)[0] ?? '';
  return /^[a-z]{2,20}$/.test(first) ? first : '';
}

/** A whole first name as the balanced compounds are listed: "Marie Jean" → "marie-jean". */
export function wholeNameKey(firstName: string): string {
  return fold(firstName.slice(0, 60).trim()).split(/[\s\-‐'’]+/).filter(Boolean).join('-');
}

/** Checks that a civility fits a first name (M. + Marie warns); unknown or epicene names never warn. */
export function checkCivility(values: CivilityInput, options: CivilityCheckOptions = {}, data: CivilityData): CheckResult {
  if (!values || typeof values !== 'object') throw new TypeError('saisie: checkCivility() expects { civility, firstName }.');
  const civility = typeof values.civility === 'string' ? values.civility : '';
  const firstName = typeof values.firstName === 'string' ? values.firstName : '';
  const entry = lookup(data.civilities, civilityKey(civility));
  const value = entry ? entry[2] : civility.trim().slice(0, 30);
  const name = firstNameKey(firstName);
  const whole = wholeNameKey(firstName);
  if (!entry || entry[1] === 'n' || !name) return toResult(value, []);
  const [language, sex, , other] = entry;
  const languages = [language];
  const locale = options?.locale;
  const asked = typeof locale === 'string' ? locale.slice(0, 2).toLowerCase() : '';
  if (asked && asked !== language) languages.push(asked);
  // Never warn when a language gives the name to both sexes, or when the tables disagree.
  const verdicts = new Set<string>();
  for (const lang of languages) {
    if ((lookup(data.epicene, lang) ?? '').split(' ').includes(name)) return toResult(value, []);
    const s = getFirstNameSex(data, lang, name, whole);
    if (s) verdicts.add(s);
  }
  if (verdicts.size !== 1 || verdicts.has(sex)) return toResult(value, []);
  return toResult(value, [createIssue(CIVILITY_CODES, data, locale, 'civility.mismatch', { suggestion: other, params: { civility: value, firstName: firstName.trim().slice(0, 60) } })]);
}
