// Spaces and the punctuation that phone formatting adds or drops (libphonenumber's VALID_PUNCTUATION but "~").
const SEPARATORS = /^[\s\-\u2010-\u2015\u2212\u30fc\uff0d\uff0f/\uff0e.\u00ad\u200b\u2060()\uff08\uff09\uff3b\uff3d[\]\u2053\u223c]$/;

/**
 * Whether a character carries meaning in a formatted phone number: everything but spaces and separators. Digits
 * and the plus (full-width and Arabic-Indic ones too, which formatting folds to ASCII, one for one), and the
 * letters of an extension or of text kept as typed: phone formatting keeps all of them, in order.
 */
export const isPhoneSignificant = (ch: string): boolean => (ch >= '0' && ch <= '9') || ch === '+' || !SEPARATORS.test(ch);

/**
 * Where the caret goes after a value is reformatted: after the same number of significant characters
 * as before it, so editing in the middle of "06 12 34" keeps the caret next to the digit just typed.
 */
export function mapCaret(before: string, caret: number, after: string, isSignificant: (ch: string) => boolean = isPhoneSignificant): number {
  const end = Math.max(0, Math.min(Number.isFinite(caret) ? Math.trunc(caret) : before.length, before.length));
  let wanted = 0;
  for (let i = 0; i < end; i++) if (isSignificant(before[i]!)) wanted++;
  if (wanted === 0) {
    // Nothing significant before the caret: keep it before the first significant character.
    let i = 0;
    while (i < after.length && !isSignificant(after[i]!) && i < end) i++;
    return i;
  }
  let seen = 0;
  for (let i = 0; i < after.length; i++) {
    if (isSignificant(after[i]!) && ++seen === wanted) return i + 1;
  }
  return after.length;
}
