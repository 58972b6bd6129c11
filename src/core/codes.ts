/** Every issue code saisie emits, with its severity. Codes are stable: never rename one. */
export const ISSUE_CODES = {
  'email.syntax': 'error',
  'email.typo': 'warning',
  'email.disposable': 'warning',
  'email.role': 'info',
  'email.free': 'info',
  'phone.invalid': 'error',
  'phone.unchecked': 'info',
  'phone.country-needed': 'warning',
  'postal.invalid': 'error',
  'postal.none': 'info',
  'country.unknown': 'error',
  'civility.mismatch': 'warning',
  'field.required': 'error',
  'field.too-short': 'error',
  'field.too-long': 'error',
  'field.pattern': 'error',
  'field.type': 'error',
  'field.range': 'error',
} as const;

/**
 * Issue codes declared outside core (a verifier's `email.no_mx`, a provider's `address.not_found`), each with the
 * type of its `params.reason`. Adapters add theirs by declaration merging, and `defineIssueCodes` at run time:
 * `declare module 'saisie' { interface SaisieIssueCodes { 'email.no_mx': { reason: 'null-mx' | 'nxdomain' } } }`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SaisieIssueCodes {}

/** The `params.reason` values of saisie's own codes that have reasons. */
export interface SaisieIssueReasons {
  'email.syntax': 'empty' | 'too-long' | 'no-at' | 'no-local' | 'no-domain' | 'local-too-long' | 'local' | 'local-dots' | 'domain' | 'domain-dots' | 'label-too-long' | 'domain-too-long' | 'tld' | 'no-dot' | 'reserved';
  'phone.invalid': 'empty' | 'too-short' | 'too-long' | 'not-a-number' | 'invalid-country' | 'invalid';
  'postal.invalid': 'empty' | 'format';
}

/** A stable issue code such as `email.typo`, or one an adapter declared. */
export type IssueCode = keyof typeof ISSUE_CODES | Extract<keyof SaisieIssueCodes, string>;

/** The type of `params.reason` for a code (`never` for a code without reasons). */
export type IssueReason<C extends IssueCode> = C extends keyof SaisieIssueReasons
  ? SaisieIssueReasons[C]
  : C extends keyof SaisieIssueCodes
    ? SaisieIssueCodes[C] extends { reason: infer R } ? R : never
    : never;
