import type { Catalogs, MessageBook } from '../messages.js';

/** A region's address format and postal-code pattern (Google's address metadata). */
export interface AddressFormat {
  fmt: string;
  lfmt?: string;
  /** Fields written in upper case on mail (letters of fmt: C locality, S region…). */
  upper: string;
  require: string;
  /** Postal-code pattern (without anchors), absent where the region has no postal codes. */
  zip?: string;
  zipExamples: string[];
}

/** The tables an address configuration is built from (saisie's own are in `src/data/address-formats.json`). */
export interface AddressTables {
  /** One line per region, tab-separated: key, fmt, lfmt, upper, require, zip pattern, zip examples. */
  formats: string;
  /** Google's defaults for what a region leaves out (its ZZ entry). */
  defaults: { fmt: string; upper: string; require: string };
  /** La Poste's abbreviations (word → abbreviation), used by the French postal style. */
  frAbbreviations: Readonly<Record<string, string>>;
}

/** Options of `createAddressData`: the postal-code rule's messages. */
export interface AddressDataOptions {
  messages?: Catalogs;
  book?: MessageBook;
}

/** The tables of the address and postal-code rules (build it with `createAddressData`). */
export interface AddressData {
  /** @internal */ tables: AddressTables;
  /** @internal */ formats?: Map<string, AddressFormat>;
  readonly messages: Catalogs;
  readonly book?: MessageBook;
}

/** An address configuration over Google's address metadata as packed in src/data. */
export function createAddressData(tables: AddressTables, options: AddressDataOptions = {}): AddressData {
  if (!tables || typeof tables.formats !== 'string' || !tables.defaults || typeof tables.frAbbreviations !== 'object') {
    throw new TypeError('saisie: createAddressData needs address tables (formats, defaults, frAbbreviations).');
  }
  return { tables, messages: options.messages ?? {}, book: options.book };
}

/** The format of a region by ISO 3166-1 alpha-2 code (any case), or undefined when Google's data has none. */
export function getAddressFormat(country: string, data: AddressData): AddressFormat | undefined {
  let table = data.formats;
  if (!table) {
    const ADDRESS_DEFAULTS = data.tables.defaults;
    table = data.formats = new Map();
    for (const row of data.tables.formats.split('\n')) {
      const [key, raw, lfmt, upper, require, zip, zipex] = row.split('\t') as string[];
      // Google's data writes `%Cn%Z` for NA (a `%n` that lost its `%`): the line break it means, not a letter 'n'.
      const fmt = raw?.replace(/(%[A-Z])n(?=%)/g, '$1%n');
      table.set(key!, {
        fmt: fmt || ADDRESS_DEFAULTS.fmt,
        ...(lfmt ? { lfmt } : {}),
        upper: upper || ADDRESS_DEFAULTS.upper,
        require: require || ADDRESS_DEFAULTS.require,
        ...(zip ? { zip } : {}),
        zipExamples: zipex ? zipex.split(',').map((z) => z.trim()) : [],
      });
    }
  }
  return typeof country === 'string' && country.length <= 3 ? table.get(country.trim().toUpperCase()) : undefined;
}
