import { AsYouType, type CountryCode } from 'libphonenumber-js/core';
import { assertString } from '../input.js';
import { foldPhoneText, MAX_PHONE_INPUT, trunkZeroAt } from './cleanPhoneInput.js';
import { formatDigitsAsYouType } from './formatDigitsAsYouType.js';
import { isExtensionText } from './phoneExtension.js';
import { getPhoneMetadata, hasPhoneMetadata, type PhoneData } from './phoneData.js';

// What a number is written with: a leading plus, digits (ASCII, full-width, Arabic-Indic), spaces and
// libphonenumber's punctuation (VALID_PUNCTUATION but "~", an extension label). The number ends at its last digit
// before anything else.
const NUMBER = /^\s*[+\uff0b]?[\s\d\uff10-\uff19\u0660-\u0669\u06f0-\u06f9\-\u2010-\u2015\u2212\u30fc\uff0d\uff0f/\uff0e.\u00ad\u200b\u2060()\uff08\uff09\uff3b\uff3d[\]\u2053\u223c]*/;
const DIGIT = /[\d\uff10-\uff19\u0660-\u0669\u06f0-\u06f9]/;
/** More digits than any one number has (libphonenumber's 17): two numbers pasted together, or not a number. */
const MAX_DIGITS = 17;

const digitsOf = (s: string) => s.replace(/\D/g, '');

/** `out` with the "(0)" typed after its first `n` digits shown again there: "+33 6 12" → "+33 (0)6 12". */
function withTrunkZero(out: string, n: number): string | undefined {
  let i = 0;
  while (n > 0 && i < out.length) if (DIGIT.test(out[i++]!)) n--;
  if (out[i] === ' ') i++;
  const zero = i === out.length && out[i - 1] !== ' ' ? ' (0)' : '(0)';
  const shown = out.slice(0, i) + zero + out.slice(i);
  // Only where it reads as that "(0)" again, so that formatting the text again gives it back unchanged.
  return trunkZeroAt(shown) === i + zero.length - 3 ? shown : undefined;
}

/**
 * Display text for a partially typed phone number (stateless: give it the whole text typed so far). It never
 * deletes what was typed: every digit stays, in order, and an extension ("ext. 12", "poste 12", "x12", ",12")
 * stays as typed after the formatted number. Text it does not understand (letters of a vanity number, a second
 * number, a note), more digits than one number has, or text longer than a number with its extension, are all
 * returned unchanged.
 */
export function formatPhoneAsYouType(input: string, country: string | undefined, data: PhoneData): string {
  assertString('formatPhoneAsYouType', 'input', input);
  if (input.length > MAX_PHONE_INPUT) return input;
  let end = NUMBER.exec(input)![0].length;
  if (end < input.length) {
    while (end > 0 && !DIGIT.test(input[end - 1]!)) end--;
    if (end === 0 || !isExtensionText(input.slice(end))) return input;
  }
  const folded = foldPhoneText(input.slice(0, end).trimStart());
  const digits = digitsOf(folded);
  if (digits.length > MAX_DIGITS) return input;
  try {
    const region = typeof country === 'string' ? country.trim().toUpperCase() : undefined;
    const cc = hasPhoneMetadata(data, region) ? (region as CountryCode) : undefined;
    const metadata = getPhoneMetadata(data);
    // The common cases without AsYouType: its cold code costs most of a keystroke on a slow phone.
    const run = (text: string) => formatDigitsAsYouType(text, cc, metadata) ?? new AsYouType(cc, metadata).input(text);
    const zero = trunkZeroAt(folded);
    // "+33 (0)6 12" is formatted as "+33 6 12", then shows its "(0)" again where it was: after the calling code.
    let out = run(zero < 0 ? folded : folded.slice(0, zero) + folded.slice(zero + 3));
    if (zero >= 0) out = withTrunkZero(out, digitsOf(folded.slice(0, zero)).length) ?? run(folded);
    // Every digit typed is shown, in order, and a leading plus stays one; else the text stays as typed.
    return digitsOf(out) === digits && (out[0] === '+') === (folded[0] === '+') ? out + input.slice(end) : input;
  } catch {
    return input; // libphonenumber refused the text: show it as typed rather than fail a keystroke
  }
}
