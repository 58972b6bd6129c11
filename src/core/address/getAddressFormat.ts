import { ADDRESS_DEFAULTS, ADDRESS_FORMATS } from '../../data/address-formats.js';

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

let table: Map<string, AddressFormat> | undefined;

/** The format of a region by ISO 3166-1 alpha-2 code (any case), or undefined when Google's data has none. */
export function getAddressFormat(country: string): AddressFormat | undefined {
  if (!table) {
    table = new Map();
    for (const row of ADDRESS_FORMATS.split('\n')) {
      const [key, fmt, lfmt, upper, require, zip, zipex] = row.split('\t') as string[];
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
