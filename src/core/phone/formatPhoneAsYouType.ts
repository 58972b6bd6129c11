import { AsYouType, type CountryCode } from 'libphonenumber-js/core';
import { assertString } from '../input.js';
import { cleanPhoneInput, MAX_PHONE_INPUT } from './cleanPhoneInput.js';
import { formatDigitsAsYouType } from './formatDigitsAsYouType.js';
import { getPhoneMetadata, hasPhoneMetadata, type PhoneData } from './phoneData.js';

function format(text: string, cc: string | undefined, data: PhoneData): string {
  try {
    const country = hasPhoneMetadata(data, cc) ? (cc as CountryCode) : undefined;
    const metadata = getPhoneMetadata(data);
    const cleaned = cleanPhoneInput(text);
    // The common cases without AsYouType: its cold code costs most of a keystroke on a slow phone.
    return formatDigitsAsYouType(cleaned, country, metadata) ?? new AsYouType(country, metadata).input(cleaned);
  } catch {
    return text; // libphonenumber refused the text: show it as typed rather than fail a keystroke
  }
}

/**
 * Display text for a partially typed phone number (stateless: give it the whole text typed so far). What it does
 * not understand stays as typed: from the first letter or `#` on ("ext. 12", "poste 12", "x12", "FLOWERS"), the
 * text is kept after the formatted number, and a text too long to be one number is returned unchanged.
 */
export function formatPhoneAsYouType(input: string, country: string | undefined, data: PhoneData): string {
  assertString('formatPhoneAsYouType', 'input', input);
  if (input.length > MAX_PHONE_INPUT) return input;
  const cc = typeof country === 'string' ? country.trim().toUpperCase() : undefined;
  const cut = input.search(/[A-Z#]/i);
  if (cut < 0) return format(input, cc, data);
  if (cut === 0) return input;
  const head = input.slice(0, cut).trimEnd();
  return format(head, cc, data) + input.slice(head.length);
}
