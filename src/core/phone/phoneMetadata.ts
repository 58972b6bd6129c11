// The phone metadata in use: libphonenumber-js's "min" set for the regions a European form meets most, with
// full per-country entries merged in as they load (every other region, and number types), or the whole
// "max" set bound by the Node entry.
import CORE from '../../data/phone-metadata-core.js';
import type { MetadataJson } from 'libphonenumber-js/core';

type Json = { version: number; country_calling_codes: Record<string, string[]>; countries: Record<string, unknown>; nonGeographic?: Record<string, unknown> };

let metadata = CORE as Json;
let regions: Set<string> | undefined;
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

/** Whether libphonenumber knows this region (ISO 3166-1 alpha-2), loaded or not. */
export function isPhoneCountry(country: unknown): country is string {
  regions ??= new Set(Object.values(metadata.country_calling_codes).flat());
  return typeof country === 'string' && country.length === 2 && regions.has(country);
}

/** Whether this region's metadata is in use (up front or loaded), so its numbers can be checked. */
export function hasPhoneMetadata(country: string | undefined): boolean {
  return country !== undefined && Object.prototype.hasOwnProperty.call(metadata.countries, country);
}

/** The regions of a calling code ("33" → ["FR"]). */
export function getRegionsOfCallingCode(code: string): readonly string[] {
  return Object.prototype.hasOwnProperty.call(metadata.country_calling_codes, code) ? metadata.country_calling_codes[code]! : [];
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
