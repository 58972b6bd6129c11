import parsePhoneNumberFromString, { validatePhoneNumberLength, Metadata, type CountryCode, type PhoneNumber } from 'libphonenumber-js/core';
import { createIssue } from '../messages.js';
import { PHONE_CODES } from '../codes.js';
import { assertString, lookup, trimSpaces } from '../input.js';
import { toResult } from '../result.js';
import type { CheckOptions, CheckResult } from '../types.js';
import { cleanPhoneInput, foldPhoneText, MAX_PHONE_INPUT } from './cleanPhoneInput.js';
import { convertPhoneLetters } from './convertPhoneLetters.js';
import { splitExtension } from './phoneExtension.js';
import { getPhoneMetadata, getRegionsOfCallingCode, hasFullPhoneMetadata, hasPhoneMetadata, isPhoneCountry, type PhoneData } from './phoneData.js';

/** Options of `checkPhone`: `country` is the region assumed for national input (ISO 3166-1 alpha-2). */
export interface PhoneCheckOptions extends CheckOptions {
  country?: string;
}

/** What saisie knows of a valid number; `type` only where full metadata is loaded (always in Node). */
export interface PhoneInfo {
  e164: string;
  country?: string;
  type?: string;
  /** The number alone, formatted as dialled in its country; the extension is `extension`. */
  national: string;
  international: string;
  /** The extension typed after the number ("ext. 123", "x123", "poste 12" → "123"), in ASCII digits. */
  extension?: string;
}

/**
 * `checkPhone`'s result: `value` is the E.164 number when valid (an extension is never part of it), `phone`
 * describes a checked number, and `extension` is the extension of a valid number, checked or not yet.
 */
export interface PhoneCheckResult extends CheckResult {
  phone?: PhoneInfo;
  extension?: string;
}

const REASONS: Readonly<Record<string, string>> = { TOO_SHORT: 'too-short', TOO_LONG: 'too-long', NOT_A_NUMBER: 'not-a-number', INVALID_COUNTRY: 'invalid-country', INVALID_LENGTH: 'invalid' };

function parse(data: PhoneData, text: string, cc: CountryCode | undefined): PhoneNumber | undefined {
  try {
    return parsePhoneNumberFromString(text, cc ? { defaultCountry: cc } : {}, getPhoneMetadata(data));
  } catch {
    return undefined;
  }
}

interface Plan {
  prefix: string | undefined;
  /** The shortest national significant number of the region. */
  min: number | undefined;
}
const plans = new WeakMap<object, Map<string, Plan>>();

/** A region's national prefix (`0` in France) and shortest number length; cached per metadata. */
function planOf(data: PhoneData, cc: string): Plan {
  const json = getPhoneMetadata(data) as unknown as object;
  let cache = plans.get(json);
  if (!cache) plans.set(json, (cache = new Map()));
  let plan = cache.get(cc);
  if (plan) return plan;
  try {
    const m = new Metadata(getPhoneMetadata(data));
    m.selectNumberingPlan(cc as CountryCode);
    // Typed in JS only: NumberingPlan's nationalPrefix() and possibleLengths().
    const np = m.numberingPlan as unknown as { nationalPrefix(): string | undefined; possibleLengths(): number[] | undefined } | undefined;
    const lengths = np?.possibleLengths() ?? [];
    plan = { prefix: np?.nationalPrefix() || undefined, min: lengths.length ? Math.min(...lengths) : undefined };
  } catch {
    plan = { prefix: undefined, min: undefined };
  }
  cache.set(cc, plan);
  return plan;
}

/**
 * True when the number has fewer digits than any number of its region can: said at once, without parsing (most
 * keystrokes of a number being typed). National input counts every digit, its national prefix included, so it
 * never calls "too short" what libphonenumber would accept.
 */
function isSurelyTooShort(data: PhoneData, text: string, digits: string, cc: string | undefined): boolean {
  if (!text.startsWith('+')) return cc !== undefined && digits.length < (planOf(data, cc).min ?? 0);
  for (let n = 1; n <= 3; n++) {
    const regions = getRegionsOfCallingCode(data, digits.slice(0, n));
    if (regions.length === 0) continue;
    const mins = regions.map((r) => planOf(data, r).min);
    return mins.every((m) => m !== undefined) && digits.length - n < Math.min(...(mins as number[]));
  }
  return false;
}

/** The regions a number is for when its metadata is not loaded yet (so it cannot be checked), else undefined. */
function unloadedRegion(data: PhoneData, text: string, digits: string, cc: string | undefined): string | undefined {
  if (!text.startsWith('+')) return cc && !hasPhoneMetadata(data, cc) ? cc : undefined;
  for (let n = 1; n <= 3; n++) {
    const regions = getRegionsOfCallingCode(data, digits.slice(0, n));
    if (regions.length) return regions.some((r) => hasPhoneMetadata(data, r)) ? undefined : regions[0];
  }
  return undefined;
}

/** Checks a phone number typed in any national or international form with `data`'s tables; `value` is E.164 when valid. */
export function checkPhone(input: string, options: PhoneCheckOptions = {}, data: PhoneData): PhoneCheckResult {
  assertString('checkPhone', 'input', input);
  const { locale } = options;
  const cc = typeof options.country === 'string' && isPhoneCountry(data, options.country.trim().toUpperCase()) ? (options.country.trim().toUpperCase() as CountryCode) : undefined;
  const fail = (reason: string, value: string) => toResult(value, [createIssue(PHONE_CODES, data, locale, 'phone.invalid', { params: { reason } })]);
  if (input.length > MAX_PHONE_INPUT) return fail('too-long', input);
  const typed = trimSpaces(cleanPhoneInput(input));
  if (typed === '') return fail('empty', typed);
  // An invalid number's value is what was typed, its "(0)" and extension included: nothing is dropped.
  const shown = trimSpaces(foldPhoneText(input));
  // The extension is read first: its digits are never glued to the number ("+81 3-1234-5678 ext. 12").
  const { number: numberText, extension, ambiguous } = splitExtension(typed);
  let text = numberText;
  // A vanity number ("1-800-FLOWERS") is read through its keypad digits; any other letter is not a number, and
  // letters that spell no valid number, or an "x" that leaves too short a number before it, were most likely slips.
  const letters = /[^\d\s+()./\-]/.test(text);
  const refuse = (reason: string) => fail(letters || (ambiguous && reason === 'too-short') ? 'not-a-number' : reason, shown);
  if (letters) text = convertPhoneLetters(text) ?? '';
  // A "+" after the start begins a second number ("+33 6… / +33 1…"), which libphonenumber would silently drop.
  if (!text || /[^\d\s+()./\-]/.test(text) || text.lastIndexOf('+') > 0) return refuse('not-a-number');
  const digits = text.replace(/\D/g, '');
  if (digits.length > 17) return refuse('too-long');
  if (digits.length < 3) return refuse('too-short');
  // "0033…" is the international form dialled from most of Europe.
  if (/^00[1-9]/.test(text)) text = '+' + text.slice(2);
  const unloaded = unloadedRegion(data, text, digits, cc);
  if (unloaded) {
    // Its metadata loads on demand (loadPhoneMetadata): until then the number is accepted unchecked, never blocked.
    const value = text.startsWith('+') ? '+' + digits : text;
    const result: PhoneCheckResult = toResult(value, [createIssue(PHONE_CODES, data, locale, 'phone.unchecked', { params: { country: unloaded } })]);
    if (extension) result.extension = extension;
    return result;
  }
  if (isSurelyTooShort(data, text, digits, cc)) return refuse('too-short');
  let number = parse(data, text, cc);
  if (cc && !text.startsWith('+') && !number?.isValid()) {
    // A French number typed without its leading 0 ("612345678"): try with the national prefix.
    const prefix = planOf(data, cc).prefix;
    const retry = prefix && !digits.startsWith(prefix) && digits.length >= 6 ? parse(data, prefix + text, cc) : undefined;
    if (retry?.isValid()) number = retry;
  }
  if (!number || !number.isValid()) {
    if (!cc && !text.startsWith('+')) return refuse('invalid-country');
    const length = (() => {
      try {
        return validatePhoneNumberLength(text, cc ? { defaultCountry: cc } : {}, getPhoneMetadata(data));
      } catch {
        return undefined;
      }
    })();
    return refuse(lookup(REASONS, length ?? '') ?? 'invalid');
  }
  const phone: PhoneInfo = { e164: number.number, national: number.formatNational(), international: number.formatInternational() };
  if (number.country) phone.country = number.country;
  if (hasFullPhoneMetadata(data, number.country)) {
    const type = number.getType();
    if (type) phone.type = type;
  }
  // libphonenumber reads an extension too: one it found and saisie did not is kept all the same.
  const ext = extension ?? (number.ext || undefined);
  if (!ext) return { ...toResult(number.number, []), phone };
  phone.extension = ext;
  return { ...toResult(number.number, []), phone, extension: ext };
}
