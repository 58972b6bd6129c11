// The verification contract: what a backend (saisie-server, your own, a vendor's behind your proxy) answers for
// one value. Syntax is the local rules' business; a verifier says whether the value exists.
import type { AbortSignalLike } from '../form/createScheduler.js';
import type { Issue } from '../types.js';

/** What can be verified. */
export type VerifyKind = 'email' | 'phone' | 'address';

/** A verifier's verdict: `unknown` (failed, timed out, could not tell) never blocks. */
export type VerifyStatus = 'valid' | 'invalid' | 'risky' | 'unknown';

/** What a verifier answers for one value. */
export interface Verdict {
  readonly status: VerifyStatus;
  readonly issues: readonly Issue[];
  /** The value as the backend would store it (E.164, a completed address…), when it says. */
  readonly normalized?: string;
}

/** What a verification knows besides the value. */
export interface VerifyContext {
  /** Aborted when the value changes or the form goes away. */
  readonly signal?: AbortSignalLike;
  /** ISO 3166-1 alpha-2 country of the value's form section, when known. */
  readonly country?: string;
  /** The other values of the form section (`postalCode`, `city`, `phoneType`…), by role. */
  readonly fields?: Readonly<Record<string, string>>;
  /** A stable key of the field asking (one request in flight per field). */
  readonly field?: string;
}

/** A verification backend, e.g. `createHttpVerifier({ url })`. */
export interface Verifier {
  verify(kind: VerifyKind, value: string, context?: VerifyContext): Promise<Verdict>;
}
