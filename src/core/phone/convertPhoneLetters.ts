// ITU E.161 keypad letters: ABC 2, DEF 3, GHI 4, JKL 5, MNO 6, PQRS 7, TUV 8, WXYZ 9.
const KEYPAD = '22233344455566677778889999';

/**
 * The digits of a vanity number ("1-800-FLOWERS" → "1-800-3569377") per ITU E.161, or undefined when `text` is
 * not one. As Google's libphonenumber reads them (VALID_ALPHA_PHONE_PATTERN): at least three letters, after at
 * least three digits, so that a stray letter ("06 12 34 5x 78") stays a mistake to point out, not a digit.
 */
export function convertPhoneLetters(text: string): string | undefined {
  if (!/^\+?(?:[\s()./-]*\d){3}[\s()./\-\dA-Z]*$/i.test(text)) return undefined;
  let letters = 0;
  const out = text.replace(/[A-Z]/gi, (ch) => (letters++, KEYPAD[ch.toUpperCase().charCodeAt(0) - 65]!));
  return letters >= 3 ? out : undefined;
}
