// Each family's codes on their own, so that a rule's bundle carries its family's severities only.
/** Severities of the email rules' codes. */
export const EMAIL_CODES = {
  'email.syntax': 'error',
  'email.typo': 'warning',
  'email.disposable': 'warning',
  'email.role': 'info',
  'email.free': 'info',
} as const;

/** Severities of the phone rules' codes. */
export const PHONE_CODES = {
  'phone.invalid': 'error',
  'phone.unchecked': 'info',
  'phone.country-needed': 'warning',
  'phone.country-differs': 'info',
} as const;

/** Severities of the postal-code rule's codes. */
export const POSTAL_CODES = {
  'postal.invalid': 'error',
  'postal.none': 'info',
  'country.unknown': 'error',
} as const;

/** Severities of the address layout's codes. */
export const ADDRESS_CODES = {
  'address.overflow': 'warning',
  'address.city-mismatch': 'warning',
} as const;

/** Severities of the civility rule's codes. */
export const CIVILITY_CODES = {
  'civility.mismatch': 'warning',
} as const;

/** Severities of a verifier's codes (saisie-server, createHttpVerifier): an error only where the site asks (`verifyStrictness: 'strict'`), else a warning. */
export const VERIFY_CODES = {
  'email.no_mx': 'error',
  'email.null_mx': 'error',
  'email.no_domain': 'error',
  'phone.type_mismatch': 'error',
  'address.not_found': 'error',
} as const;

/** Severities of the native constraints' codes (required, minlength, pattern…). */
export const FIELD_CODES = {
  'field.required': 'error',
  'field.too-short': 'error',
  'field.too-long': 'error',
  'field.pattern': 'error',
  'field.type': 'error',
  'field.range': 'error',
} as const;

/** Every issue code saisie emits, with its severity. Codes are stable: never rename one. */
// Object.assign marked pure rather than a spread: bundlers keep a spread they cannot prove free of getters.
export const ISSUE_CODES: typeof EMAIL_CODES & typeof PHONE_CODES & typeof POSTAL_CODES & typeof ADDRESS_CODES & typeof CIVILITY_CODES & typeof FIELD_CODES & typeof VERIFY_CODES =
  /* @__PURE__ */ Object.assign({}, EMAIL_CODES, PHONE_CODES, POSTAL_CODES, ADDRESS_CODES, CIVILITY_CODES, FIELD_CODES, VERIFY_CODES);

/**
 * Issue codes declared outside core (a vendor verifier's `email.catch_all`, a provider's `address.po_box`), each with the
 * type of its `params.reason`. Adapters add theirs by declaration merging, and `defineIssueCodes` at run time:
 * `declare module 'saisie' { interface SaisieIssueCodes { 'email.catch_all': { reason: 'accept-all' | 'unknown' } } }`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SaisieIssueCodes {}

/** The `params.reason` values of saisie's own codes that have reasons. */
export interface SaisieIssueReasons {
  'email.syntax': 'empty' | 'too-long' | 'no-at' | 'no-local' | 'no-domain' | 'local-too-long' | 'local' | 'local-dots' | 'domain' | 'domain-dots' | 'label-too-long' | 'domain-too-long' | 'tld' | 'no-dot' | 'reserved';
  'phone.invalid': 'empty' | 'too-short' | 'too-long' | 'not-a-number' | 'invalid-country' | 'invalid';
  'postal.invalid': 'empty' | 'format';
  'address.overflow': 'lines' | 'characters' | 'length';
  'address.city-mismatch': 'several';
  'phone.type_mismatch': 'mobile' | 'fixed-line';
}

/** A stable issue code such as `email.typo`, or one an adapter declared. */
export type IssueCode = keyof typeof ISSUE_CODES | Extract<keyof SaisieIssueCodes, string>;

/** The type of `params.reason` for a code (`never` for a code without reasons). */
export type IssueReason<C extends IssueCode> = C extends keyof SaisieIssueReasons
  ? SaisieIssueReasons[C]
  : C extends keyof SaisieIssueCodes
    ? SaisieIssueCodes[C] extends { reason: infer R } ? R : never
    : never;
