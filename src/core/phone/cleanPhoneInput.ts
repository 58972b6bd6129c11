/**
 * Longest text worth handing to libphonenumber: a formatted number with an extension fits easily. Longer text is
 * never cut: `checkPhone` calls it too long and `formatPhoneAsYouType` returns it unchanged.
 */
export const MAX_PHONE_INPUT = 60;

/**
 * Full-width digits and plus to ASCII (NFKC), and the Arabic-Indic digits libphonenumber reads (U+0660–0669,
 * U+06F0–06F9): each digit stays one digit, so the digits of a text keep their order and count.
 */
export function foldPhoneText(s: string): string {
  // Printable ASCII is already what libphonenumber reads: NFKC is the costly part of a keystroke's cleaning.
  if (!/[^\x20-\x7e]/.test(s)) return s;
  return s.normalize('NFKC').replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String.fromCharCode(48 + (d.charCodeAt(0) & 15)));
}

/** Where the "(0)" that Europeans write right after their calling code ("+33 (0)6…") starts in folded text, or -1. */
export function trunkZeroAt(s: string): number {
  const plus = s.indexOf('+');
  if (plus < 0) return -1;
  const open = s.indexOf('(0)', plus);
  return open > plus && /^\+\s?\d{1,3}\s?$/.test(s.slice(plus, open)) ? open : -1;
}

/**
 * Folds what people type into what libphonenumber reads (`foldPhoneText`), the "(0)" after a calling code dropped
 * ("+33 (0)6…" → "+33 6…"). Callers cap the input at MAX_PHONE_INPUT first, so this stays linear.
 */
export function cleanPhoneInput(input: string): string {
  const s = foldPhoneText(input);
  const zero = trunkZeroAt(s);
  return zero < 0 ? s : s.slice(0, zero) + s.slice(zero + 3);
}
