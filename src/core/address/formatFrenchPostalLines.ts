import { lookup } from '../input.js';

/** Text left out of an address's lines, and why: `lines` (AFNOR's 6 × 38), `characters` (not in its alphabet), `length`. */
export type AddressOverflow = { reason: 'lines' | 'characters' | 'length'; text: string };

const MAX_LINES = 6;
const MAX_LENGTH = 38;

// Upper case without accents; NFKD also folds ligatures and full-width forms. Letters without a decomposition
// (Ø, Ł, Đ, Þ) take their usual transliteration.
const upperPlain = (s: string) =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toUpperCase().replace(/Œ/g, 'OE').replace(/Æ/g, 'AE').replace(/Ø/g, 'O').replace(/Ł/g, 'L').replace(/[ĐÐ]/g, 'D').replace(/Þ/g, 'TH');

/** AFNOR NF Z10-011 from the street line on: A–Z, 0–9 and spaces (an apostrophe or hyphen becomes a space). */
function plain(line: string, lost: string[]): string {
  const words: string[] = [];
  for (const word of line.split(' ')) {
    const upper = upperPlain(word);
    // A letter or digit outside that alphabet (Greek, Cyrillic, Chinese…) cannot be written: it is said, as typed.
    if (/[\p{L}\p{N}]/u.test(upper.replace(/[A-Z0-9]/g, ''))) lost.push(word);
    const kept = upper.replace(/[^A-Z0-9]+/g, ' ').trim();
    if (kept) words.push(kept);
  }
  return words.join(' ');
}

/** La Poste's official abbreviations, word by word from the end, only while the line is too long (one for one). */
function abbreviate(words: string[], abbreviations: Readonly<Record<string, string>>): string[] {
  const out = [...words];
  let length = words.join(' ').length;
  for (let i = out.length - 1; i >= 0 && length > MAX_LENGTH; i--) {
    const short = lookup(abbreviations, out[i]!);
    if (!short) continue;
    length -= out[i]!.length - short.length;
    out[i] = short;
  }
  return out;
}

type Piece = { text: string; word: string };

/** The pieces a line is packed from: each word as written (`short`), a word longer than a line in parts. */
function piecesOf(words: string[], short: string[]): Piece[] {
  const out: Piece[] = [];
  words.forEach((word, i) => {
    const s = short[i]!;
    if (s.length <= MAX_LENGTH) out.push({ text: s, word });
    else for (let j = 0; j < s.length; j += MAX_LENGTH) out.push({ text: s.slice(j, j + MAX_LENGTH), word: s.slice(j, j + MAX_LENGTH) });
  });
  return out;
}

/** Pieces packed into at most `max` lines of 38 characters; `placed`: how many of them found a place. */
function pack(pieces: Piece[], max: number): { lines: string[]; placed: number } {
  const lines: string[] = [];
  let cur = '';
  let i = 0;
  for (; i < pieces.length; i++) {
    const w = pieces[i]!.text;
    if (cur && cur.length + 1 + w.length <= MAX_LENGTH) {
      cur += ` ${w}`;
      continue;
    }
    if (cur) lines.push(cur);
    cur = '';
    if (lines.length >= max) break;
    cur = w;
  }
  if (cur) lines.push(cur);
  return { lines, placed: i };
}

/**
 * Applies AFNOR NF Z10-011 to French address lines laid out in Google's order (`kinds`: the fields of each line):
 * ≤ 6 lines of ≤ 38 characters, upper case, the postcode and locality last. A line too long even with La Poste's
 * abbreviations wraps onto a free line; complements merge when lines run short, never the name's; what still does
 * not fit is returned in `overflow` (in full words), never cut off in silence.
 */
export function formatFrenchPostalLines(lines: string[], kinds: string[], abbreviations: Readonly<Record<string, string>>): { lines: string[]; overflow: AddressOverflow[] } {
  const lost: string[] = [];
  const rest: string[] = [];
  const pieces = (text: string) => {
    const words = text.split(' ');
    return piecesOf(words, abbreviate(words, abbreviations));
  };
  const count = (text: string) => pack(pieces(text), Infinity).lines.length;
  const fill = (p: Piece[], max: number) => {
    const packed = pack(p, max);
    rest.push(...p.slice(packed.placed).map((x) => x.word));
    return packed.lines;
  };
  let personal = 0;
  while (personal < lines.length && /^[NO]+$/.test(kinds[personal]!)) personal++;
  let at = lines.length - 1;
  while (at >= personal && !/[CZ]/.test(kinds[at]!)) at--;
  // The postcode and locality make one line, the last (a region or a district laid out after it comes before).
  const locality = at >= personal ? fill(pieces(plain(lines[at]!, lost)), 1) : [];
  // Name and organization lines keep their punctuation and are never merged: a long one wraps on lines of its own.
  const names: string[] = [];
  for (const l of lines.slice(0, personal)) names.push(...fill(pieces(upperPlain(l).replace(/ +/g, ' ').trim()), MAX_LINES - locality.length - names.length));
  const room = MAX_LINES - locality.length - names.length;
  const blocks = lines.filter((_, i) => i >= personal && i !== at).map((l) => plain(l, lost)).filter(Boolean);
  const total = () => blocks.reduce((n, b) => n + count(b), 0);
  // Too many lines: two neighbouring complements share one when that saves a line, the shortest pair first.
  while (total() > room) {
    let best = -1;
    for (let i = 0; i + 1 < blocks.length; i++) {
      const merged = `${blocks[i]} ${blocks[i + 1]}`;
      if (count(merged) >= count(blocks[i]!) + count(blocks[i + 1]!)) continue;
      if (best < 0 || merged.length < `${blocks[best]} ${blocks[best + 1]}`.length) best = i;
    }
    if (best < 0) break;
    blocks.splice(best, 2, `${blocks[best]} ${blocks[best + 1]}`);
  }
  let middle = blocks.flatMap((b) => pack(pieces(b), Infinity).lines);
  if (middle.length > room) {
    // Still too many: the words run on through the lines there are, each abbreviated; the rest is said.
    const words = blocks.join(' ').split(' ');
    middle = fill(piecesOf(words, words.map((w) => lookup(abbreviations, w) ?? w)), room);
  }
  const overflow: AddressOverflow[] = [];
  if (rest.length) overflow.push({ reason: 'lines', text: rest.join(' ') });
  if (lost.length) overflow.push({ reason: 'characters', text: lost.join(' ') });
  return { lines: [...names, ...middle, ...locality], overflow };
}
