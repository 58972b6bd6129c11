// Full-width digits and plus (an IME's, U+FF10–FF19 and U+FF0B) count too: formatting folds them to ASCII.
/** Whether a character carries meaning in a formatted phone number (digits and the leading plus). */
export const isPhoneSignificant = (ch: string): boolean => (ch >= '0' && ch <= '9') || ch === '+' || (ch >= '\uFF10' && ch <= '\uFF19') || ch === '\uFF0B';

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
