// The phone metadata in use: libphonenumber-js's "min" set up front (formatting and validity), with full
// per-country entries merged in as they load (number types), or the whole "max" set bound by the Node entry.
import MIN from 'libphonenumber-js/metadata.min.json';
import type { MetadataJson } from 'libphonenumber-js/core';

type Json = { version: number; country_calling_codes: Record<string, string[]>; countries: Record<string, unknown>; nonGeographic?: Record<string, unknown> };

let metadata = MIN as unknown as Json;
const full = new Set<string>();
let all = false;

/** The metadata object to pass to libphonenumber-js core functions. */
export function getPhoneMetadata(): MetadataJson {
  return metadata as unknown as MetadataJson;
}

/** Whether `country` has its full metadata (number types, exact validity). */
export function hasFullPhoneMetadata(country: string | undefined): boolean {
  return all || (country !== undefined && full.has(country));
}

/** Whether libphonenumber knows this region (ISO 3166-1 alpha-2). */
export function isPhoneCountry(country: unknown): country is string {
  return typeof country === 'string' && country.length === 2 && Object.prototype.hasOwnProperty.call(metadata.countries, country);
}

/** Replaces the whole metadata (the Node entry binds libphonenumber-js's "max" set). */
export function setPhoneMetadata(json: unknown, complete = true): void {
  metadata = json as Json;
  all = complete;
}

/** Merges one country's full metadata entry; a new object so that cached parsers see the change. */
export function mergePhoneCountry(country: string, entry: unknown): void {
  if (!Array.isArray(entry) || !isPhoneCountry(country)) return;
  metadata = { ...metadata, countries: { ...metadata.countries, [country]: entry } };
  full.add(country);
}
