import { AsYouType, type CountryCode } from 'libphonenumber-js/core';
import { assertString } from '../input.js';
import { cleanPhoneInput } from './cleanPhoneInput.js';
import { getPhoneMetadata, hasPhoneMetadata } from './phoneMetadata.js';

/** Display text for a partially typed phone number (stateless: give it the whole text typed so far). */
export function formatPhoneAsYouType(input: string, country?: string): string {
  assertString('formatPhoneAsYouType', 'input', input);
  const cc = typeof country === 'string' ? country.trim().toUpperCase() : undefined;
  const text = cleanPhoneInput(input);
  try {
    return new AsYouType(hasPhoneMetadata(cc) ? (cc as CountryCode) : undefined, getPhoneMetadata()).input(text);
  } catch {
    return text; // libphonenumber refused the text: show it as typed rather than fail a keystroke
  }
}
