import { AsYouType, type CountryCode, type MetadataJson } from 'libphonenumber-js/core';
import { assertString } from '../input.js';
import { cleanPhoneInput, MAX_PHONE_INPUT } from './cleanPhoneInput.js';
import { getPhoneMetadata, hasPhoneMetadata } from './phoneMetadata.js';

/** A running libphonenumber formatter and what it was fed: the digits (and leading plus) of the text so far. */
interface Running {
  country: string | undefined;
  metadata: MetadataJson;
  fed: string;
  formatter: AsYouType;
  out: string;
}

// Digits, plus and the punctuation people put in numbers: the only texts whose formatting depends on the digits alone.
const PLAIN = /^[\d+\s().\-/]*$/;

function format(text: string, cc: string | undefined, memory?: { running?: Running }): string {
  try {
    const metadata = getPhoneMetadata();
    const country = hasPhoneMetadata(cc) ? cc : undefined;
    const clean = cleanPhoneInput(text);
    const plain = PLAIN.test(clean);
    const fed = clean.replace(/[^\d+]/g, '');
    const r = memory?.running;
    // Typing on at the end: feed the running formatter the new digits only instead of formatting everything again.
    if (plain && r && r.country === country && r.metadata === metadata && fed.startsWith(r.fed) && !fed.includes('+', Math.max(1, r.fed.length))) {
      if (fed !== r.fed) {
        r.out = r.formatter.input(fed.slice(r.fed.length));
        r.fed = fed;
      }
      return r.out;
    }
    const formatter = new AsYouType(country as CountryCode | undefined, metadata);
    const out = formatter.input(clean);
    if (memory) memory.running = plain ? { country, metadata, fed, formatter, out } : undefined;
    return out;
  } catch {
    if (memory) memory.running = undefined;
    return text; // libphonenumber refused the text: show it as typed rather than fail a keystroke
  }
}

function formatWith(input: string, country: string | undefined, memory?: { running?: Running }): string {
  if (input.length > MAX_PHONE_INPUT) return input;
  const cc = typeof country === 'string' ? country.trim().toUpperCase() : undefined;
  const cut = input.search(/[A-Z#]/i);
  if (cut < 0) return format(input, cc, memory);
  if (cut === 0) return input;
  const head = input.slice(0, cut).trimEnd();
  return format(head, cc, memory) + input.slice(head.length);
}

/**
 * Display text for a partially typed phone number (stateless: give it the whole text typed so far). What it does
 * not understand stays as typed: from the first letter or `#` on ("ext. 12", "poste 12", "x12", "FLOWERS"), the
 * text is kept after the formatted number, and a text too long to be one number is returned unchanged.
 */
export function formatPhoneAsYouType(input: string, country?: string): string {
  assertString('formatPhoneAsYouType', 'input', input);
  return formatWith(input, country);
}

/**
 * `formatPhoneAsYouType` for one field: the same text for the same input, but a digit typed at the end is fed to
 * the formatter already running instead of formatting the whole number again (one per field, not shared).
 */
export function createPhoneFormatter(): (input: string, country?: string) => string {
  const memory: { running?: Running } = {};
  return (input, country) => {
    assertString('phone formatter', 'input', input);
    return formatWith(input, country, memory);
  };
}
