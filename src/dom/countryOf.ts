// Which country a form is about: a country field (code, alias or name, as value or option text), an attribute,
// an option, and only then a guess from the page's and the browser's languages.
import { findCountry, type CountryData } from '../core/country/index.js';
import { lookup } from '../core/input.js';
import type { FieldCountry } from '../core/form/fieldRoles.js';
import type { Control } from './readConstraints.js';

const COUNTRY_OF_LANGUAGE: Readonly<Record<string, string>> = { fr: 'FR', de: 'DE', es: 'ES', it: 'IT', pt: 'PT', nl: 'NL', en: 'GB', pl: 'PL', sv: 'SE', da: 'DK', fi: 'FI', nb: 'NO', cs: 'CZ', el: 'GR', ja: 'JP', zh: 'CN', ko: 'KR' };

/** The country a language tag points to: its region subtag, else the language's main country. */
export function countryOfLocale(tag: string | null | undefined, countries: CountryData): string | undefined {
  const parts = String(tag ?? '').slice(0, 35).split(/[-_]/);
  const region = parts.slice(1).find((p) => /^[A-Z]{2}$/i.test(p));
  return region ? findCountry(region.toUpperCase(), countries) : lookup(COUNTRY_OF_LANGUAGE, (parts[0] ?? '').toLowerCase());
}

/** The country a country control holds: its value as a code, alias or name, else its selected option's text. */
export function readCountryField(el: Control | undefined, countries: CountryData): string | undefined {
  if (!el) return undefined;
  const value = el.value.trim();
  const fromValue = value ? findCountry(value, countries) : undefined;
  if (fromValue || !(el instanceof HTMLSelectElement)) return fromValue;
  const text = el.selectedOptions[0]?.text.trim();
  return text ? findCountry(text, countries) : undefined;
}

/** The countries the browser's languages point to (`navigator.languages`), most preferred first. */
export function browserCountries(doc: Document, countries: CountryData): string[] {
  const nav = doc.defaultView?.navigator;
  const tags = nav ? (nav.languages?.length ? nav.languages : [nav.language]) : [];
  return tags.slice(0, 8).map((t) => countryOfLocale(t, countries)).filter((c): c is string => !!c);
}

/**
 * Resolves a field's country: `chosen` (a field-level attribute or the section's country field) first, then the
 * form's configured country, and only then a guess from `locales` (page) and the browser's languages.
 */
export function resolveCountry(
  chosen: readonly (string | undefined)[],
  configured: string | undefined,
  locales: readonly (string | undefined)[],
  doc: Document,
  countries: CountryData,
): FieldCountry {
  for (const c of chosen) if (c) return { code: c, guessed: false, candidates: [] };
  const set = configured ? findCountry(configured, countries) : undefined;
  if (set) return { code: set, guessed: false, candidates: [] };
  const guesses = [...locales.map((l) => countryOfLocale(l, countries)), ...browserCountries(doc, countries)].filter((c): c is string => !!c);
  const unique = [...new Set(guesses)];
  return { code: unique[0], guessed: true, candidates: unique.slice(1) };
}
