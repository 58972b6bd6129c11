import { lookup } from '../input.js';

const MAX_LINES = 6;
const MAX_LENGTH = 38;

const stripAccents = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/Œ/g, 'OE').replace(/Æ/g, 'AE');
// AFNOR NF Z10-011: from the street line on, no punctuation (the apostrophe and hyphen become spaces).
const noPunctuation = (s: string) => s.replace(/[^A-Z0-9 ]/g, ' ').replace(/ +/g, ' ').trim();

/** Shortens a line with La Poste's official abbreviations, word by word from the end, only while it is too long. */
function abbreviate(line: string, abbreviations: Readonly<Record<string, string>>): string {
  if (line.length <= MAX_LENGTH) return line;
  const words = line.split(' ');
  for (let i = words.length - 1; i >= 0 && words.join(' ').length > MAX_LENGTH; i--) {
    const short = lookup(abbreviations, words[i]!);
    if (short) words[i] = short;
  }
  let out = words.join(' ');
  // Still too long: cut at a word boundary (the norm allows no more than 38 characters).
  if (out.length > MAX_LENGTH) out = out.slice(0, MAX_LENGTH + 1).replace(/ \S*$/, '').slice(0, MAX_LENGTH);
  return out;
}

/** Applies AFNOR NF Z10-011 to French address lines laid out in Google's order: ≤ 6 lines of ≤ 38 characters, upper case. */
export function formatFrenchPostalLines(lines: string[], personal: number, abbreviations: Readonly<Record<string, string>>): string[] {
  const upper = lines.map((l) => stripAccents(l.toUpperCase()));
  // Name and organization lines keep their punctuation; from the street line on, none.
  const normalized = upper.map((l, i) => (i >= personal ? noPunctuation(l) : l.replace(/ +/g, ' ').trim())).filter(Boolean);
  while (normalized.length > MAX_LINES) {
    // Too many lines: the complements merge into the first address line rather than be lost.
    normalized.splice(1, 2, `${normalized[1]} ${normalized[2]}`);
  }
  return normalized.map((l) => abbreviate(l, abbreviations));
}
