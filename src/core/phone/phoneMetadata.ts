// The phone metadata in use: libphonenumber-js's "min" set for the regions a European form meets most, with
// full per-country entries merged in as they load (every other region, and number types), or the whole
// "max" set bound by the Node entry.
import CORE from '../../data/phone-metadata-core.js';
import type { MetadataJson } from 'libphonenumber-js/core';

type Json = { version: number; country_calling_codes: Record<string, string[]>; countries: Record<string, unknown>; nonGeographic?: Record<string, unknown> };

let metadata = CORE as Json;
let regions: Set<string> | undefined;
let inUse: Json | undefined;
const full = new Set<string>();
let all = false;

/**
 * The metadata object to pass to libphonenumber-js core functions: every calling code lists only the regions whose
 * metadata is loaded. libphonenumber walks a shared code's regions in order (+1: US, AG, AI… CA) and fails on the
 * first one it has no metadata for, so a Canadian number would be refused until six Caribbean regions load.
 */
export function getPhoneMetadata(): MetadataJson {
  if (!inUse) {
    const has = (code: string, region: string) =>
      region === '001' ? Object.prototype.hasOwnProperty.call(metadata.nonGeographic ?? {}, code) : Object.prototype.hasOwnProperty.call(metadata.countries, region);
    const codes: Record<string, string[]> = {};
    for (const [code, list] of Object.entries(metadata.country_calling_codes)) {
      const loaded = list.filter((r) => has(code, r));
      if (loaded.length) codes[code] = loaded;
    }
    inUse = { ...metadata, country_calling_codes: codes };
  }
  return inUse as unknown as MetadataJson;
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
  inUse = undefined;
  regions = undefined;
  all = complete;
}

/** Merges one country's full metadata entry; a new object so that cached parsers see the change. */
export function mergePhoneCountry(country: string, entry: unknown): void {
  if (!Array.isArray(entry) || !isPhoneCountry(country)) return;
  metadata = { ...metadata, countries: { ...metadata.countries, [country]: entry } };
  inUse = undefined;
  full.add(country);
}
