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

/** A stable issue code such as `email.typo`. */
export type IssueCode = keyof typeof ISSUE_CODES;
