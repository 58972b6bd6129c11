/** Longest text worth handing to libphonenumber: a formatted number with an extension fits easily. */
export const MAX_PHONE_INPUT = 60;

/**
 * Folds what people type into what libphonenumber reads: full-width digits and plus to ASCII, the "(0)" that
 * Europeans write after their dial code ("+33 (0)6…") dropped. Input is clamped first, so this stays linear.
 */
export function cleanPhoneInput(input: string): string {
  let s = input.length > MAX_PHONE_INPUT ? input.slice(0, MAX_PHONE_INPUT) : input;
  // Printable ASCII is already what libphonenumber reads: NFKC is the costly part of a keystroke's cleaning.
  if (/[^\x20-\x7e]/.test(s)) s = s.normalize('NFKC');
  const plus = s.indexOf('+');
  if (plus >= 0) {
    const open = s.indexOf('(0)', plus);
    // Only right after the calling code: "+33 (0)6" → "+33 6".
    if (open > plus && /^\+\s?\d{1,3}\s?$/.test(s.slice(plus, open))) s = s.slice(0, open) + s.slice(open + 3);
  }
  return s;
}
