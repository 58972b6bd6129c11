// The address provider interface: a plain object with `search` (and optionally `resolve`), so BAN, Photon or a
// site's own backend plug in the same way. Core only describes it; the adapters do the I/O.
import type { Address } from '../address/formatAddress.js';
import type { AbortSignalLike } from '../form/createScheduler.js';

export type { AbortSignalLike };

/** Where and how to search: ISO country code, abort signal, how many suggestions, the page's language. */
export interface SearchOptions {
  country?: string;
  signal?: AbortSignalLike;
  limit?: number;
  locale?: string;
}

/** One suggestion: `label` is plain text shown to the person; `address` fills the form when chosen. */
export interface Suggestion {
  id: string;
  label: string;
  address?: Address;
}

/** A source of address suggestions; `resolve` completes a suggestion that came without an `address`. */
export interface AddressProvider {
  search(query: string, options: SearchOptions): Promise<Suggestion[]>;
  resolve?(suggestion: Suggestion, options: { signal?: AbortSignalLike }): Promise<Address>;
}
