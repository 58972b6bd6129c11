// Phone extensions as people write them. libphonenumber-js's labels and limits (createExtensionPattern: ";ext=",
// "ext", "extn", "extension", "extensión", "anexo", "доб" up to 20 digits; "x", "int", "#", "~" up to 9; ",," and ";"
// up to 15, "," up to 9; "- 503#" up to 6), and the labels of European forms it lacks: poste (fr), Durchwahl, DW,
// Apparat, App., Nebenstelle (de), interno (it, es), ramal (pt), toestel, tst (nl). Read by scanning, never by a
// regular expression searched from every position, so the work stays linear.
import { foldPhoneText } from './cleanPhoneInput.js';

/** Labels followed by up to 20 digits, then the short, ambiguous ones (up to 9), space-separated. */
const EXPLICIT = ' ext extn xt extension extensión extensio anexo доб poste durchwahl dw apparat app nebenstelle interno ramal toestel tst ';
const AMBIGUOUS = ' x int # ~ ';

const among = (set: string) => (ch: string | undefined) => ch !== undefined && set.includes(ch);
const isSpace = among(' \t\u00a0');
const isDigit = among('0123456789');
const isLetter = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{M}]/u.test(ch);
/** Where a run of characters that pass `ok` starts, scanning back from `i` (or ends, scanning on with `step` 1). */
function skip(s: string, i: number, ok: (ch: string | undefined) => boolean, step = -1): number {
  while (step < 0 ? i > 0 && ok(s[i - 1]) : i < s.length && ok(s[i])) i += step;
  return i;
}

/** How many digits may follow `label`; 0 when it is no extension label. */
const limitOf = (label: string) => (!label ? 0 : EXPLICIT.includes(` ${label} `) ? 20 : AMBIGUOUS.includes(` ${label} `) ? 9 : 0);

/**
 * Splits an extension off the end of a phone number (text already folded: ASCII digits, NFKC): "+1 415 555 2671
 * ext. 123" → { number: "+1 415 555 2671", extension: "123" }. Without one, `number` is the whole text. `ambiguous`:
 * read after "x", "#", "~", "int" or commas, which may as well be a slip in the number ("06 12 34 5x 78").
 */
export function splitExtension(text: string): { number: string; extension?: string; ambiguous?: boolean } {
  let end = skip(text, text.length, isSpace);
  const hash = text[end - 1] === '#';
  if (hash) end--;
  const start = skip(text, end, isDigit);
  const extension = text.slice(start, end);
  // Between the label and the digits: "[:.]?[ \t,-]*".
  let k = skip(text, start, among(' \t\u00a0,-'));
  if (among(':.=')(text[k - 1])) k--;
  let w = skip(text, k, isLetter);
  if (w === k && among('#~')(text[k - 1])) w--;
  let limit = limitOf(text.slice(w, k).toLowerCase());
  if (w === k) {
    // No label: ",12", ",,12", ";12" (dialled once the call connects) or the American "- 503#".
    w = skip(text, start, among(' \t\u00a0,;:.-'));
    const seps = text.slice(w, start);
    limit = /;|,,/.test(seps) ? 15 : seps.includes(',') ? 9 : hash && /^[- ]+$/.test(seps) ? 6 : 0;
  }
  // Between the number and the label: "[ \t,;]*" (";ext=" is RFC 3966's).
  const number = text.slice(0, skip(text, w, among(' \t\u00a0,;'))).trim();
  return extension && limit && extension.length <= limit && /\d/.test(number) ? { number, extension, ambiguous: limit === 9 } : { number: text };
}

/**
 * Whether `tail`, the text typed after a number ("ext. 12", " poste 1", ",12", "x", " Durchw", full-width or not),
 * is an extension or the beginning of one, so that the number before it can be formatted and the tail kept as typed.
 */
export function isExtensionText(tail: string): boolean {
  const t = foldPhoneText(tail).toLowerCase();
  const from = skip(t, 0, among(' \t\u00a0,;'), 1);
  const commas = /[,;]/.test(t.slice(0, from));
  let i = skip(t, from, isLetter, 1);
  if (i === from && among('#~')(t[i])) i++;
  const label = t.slice(from, i);
  // A label being typed ("pos", "Durchw") counts, once nothing follows it.
  if (i === t.length) return label ? (EXPLICIT + AMBIGUOUS).includes(' ' + label) : commas;
  if (label ? !limitOf(label) : !commas) return false;
  if (among(':.=')(t[i])) i++;
  i = skip(t, skip(t, i, among(' \t\u00a0,-'), 1), isDigit, 1);
  if (t[i] === '#') i++;
  return skip(t, i, isSpace, 1) === t.length;
}
