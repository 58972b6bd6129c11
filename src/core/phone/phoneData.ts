// One phone configuration: libphonenumber-js metadata (the "min" set for the regions a European form meets most,
// with full per-country entries merged in as they load, or the whole "max" set), the phone rule's messages and
// the loader of per-country entries. Entries build it; every phone rule takes it, so two live side by side.
import type { MetadataJson } from 'libphonenumber-js/core';
import type { Catalogs, MessageBook } from '../messages.js';
import type { DataLoader } from '../types.js';

type Json = { version: number; country_calling_codes: Record<string, string[]>; countries: Record<string, unknown>; nonGeographic?: Record<string, unknown> };

/** The tables of the phone rules (build it with `createPhoneData`; its fields are saisie's own). */
export interface PhoneData {
  /** @internal */ metadata: Json;
  /** @internal */ complete: boolean;
  /** @internal */ full: Set<string>;
  /** @internal */ inUse?: Json;
  /** @internal */ regions?: Set<string>;
  /** @internal */ pending: Map<string, Promise<boolean>>;
  /** The phone rule's messages by language. */
  readonly messages: Catalogs;
  /** Messages the entry adds or overrides (`registerMessages`). */
  readonly book?: MessageBook;
  /** Loads a country's full metadata entry (kind 'phone'); without one, `loadPhoneMetadata` resolves false. */
  load?: DataLoader;
}

/** Options of `createPhoneData`. */
export interface PhoneDataOptions {
  /** Every entry is full (libphonenumber-js's max set): number types are known for every region. */
  complete?: boolean;
  messages?: Catalogs;
  book?: MessageBook;
  load?: DataLoader;
}

/** A phone configuration over libphonenumber-js metadata (`metadata.min.json`, `metadata.max.json` or a subset). */
export function createPhoneData(metadata: unknown, options: PhoneDataOptions = {}): PhoneData {
  const m = metadata as Partial<Json> | null;
  if (!m || typeof m !== 'object' || typeof m.country_calling_codes !== 'object' || typeof m.countries !== 'object') {
    throw new TypeError('saisie: createPhoneData needs libphonenumber-js metadata (metadata.min.json, metadata.max.json…).');
  }
  return { metadata: m as Json, complete: options.complete ?? false, full: new Set(), pending: new Map(), messages: options.messages ?? {}, book: options.book, load: options.load };
}

const own = (o: object | undefined, key: string) => o !== undefined && Object.prototype.hasOwnProperty.call(o, key);

/**
 * The metadata object to pass to libphonenumber-js core functions: every calling code lists only the regions whose
 * metadata is loaded. libphonenumber walks a shared code's regions in order (+1: US, AG, AI… CA) and fails on the
 * first one it has no metadata for, so a Canadian number would be refused until six Caribbean regions load.
 */
export function getPhoneMetadata(data: PhoneData): MetadataJson {
  if (!data.inUse) {
    const { metadata } = data;
    const has = (code: string, region: string) => (region === '001' ? own(metadata.nonGeographic, code) : own(metadata.countries, region));
    const codes: Record<string, string[]> = {};
    for (const [code, list] of Object.entries(metadata.country_calling_codes)) {
      const loaded = list.filter((r) => has(code, r));
      if (loaded.length) codes[code] = loaded;
    }
    data.inUse = { ...metadata, country_calling_codes: codes };
  }
  return data.inUse as unknown as MetadataJson;
}

/** Whether `country` has its full metadata (number types, exact validity). */
export function hasFullPhoneMetadata(data: PhoneData, country: string | undefined): boolean {
  return data.complete || (country !== undefined && data.full.has(country));
}

/** Whether libphonenumber knows this region (ISO 3166-1 alpha-2), loaded or not. */
export function isPhoneCountry(data: PhoneData, country: unknown): country is string {
  data.regions ??= new Set(Object.values(data.metadata.country_calling_codes).flat());
  return typeof country === 'string' && country.length === 2 && data.regions.has(country);
}

/** Whether this region's metadata is in use (up front or loaded), so its numbers can be checked. */
export function hasPhoneMetadata(data: PhoneData, country: string | undefined): boolean {
  return country !== undefined && own(data.metadata.countries, country);
}

/** The regions of a calling code ("33" → ["FR"]). */
export function getRegionsOfCallingCode(data: PhoneData, code: string): readonly string[] {
  return own(data.metadata.country_calling_codes, code) ? data.metadata.country_calling_codes[code]! : [];
}

/** Merges one country's full metadata entry; a new object so that cached parsers see the change. */
export function mergePhoneCountry(data: PhoneData, country: string, entry: unknown): void {
  if (!Array.isArray(entry) || !isPhoneCountry(data, country)) return;
  data.metadata = { ...data.metadata, countries: { ...data.metadata.countries, [country]: entry } };
  data.inUse = undefined;
  data.full.add(country);
}
