// Geographic fields from the finest to the coarsest: street, dependent locality, locality, region.
const GEO = 'ADCS';

/**
 * A region's format (Google's fmt or lfmt) with a slot for every field in `supplied` (letters: D, C, S, Z, X) that
 * it has none for, so that no field a caller gives is dropped (Japan's format has no city, most have no sorting code).
 * `joined`: the text is Chinese, Japanese or Korean, written without spaces between its parts.
 */
export function completeFormat(fmt: string, supplied: string, joined: boolean): string {
  const lines = fmt.split('%n').map((l) => l.split(/(%[A-Z])/).filter((t) => t !== ''));
  const lineOf = (f: string) => lines.findIndex((l) => l.includes(`%${f}`));
  // Big-endian formats (CN, JP, KR, TW, HK, BY, KZ…) write the region first and the name last.
  const big = lineOf('N') > lineOf('A');
  // Why: a missing part of the place goes between its nearest neighbours in the chain street < dependent locality
  // < locality < region, as the country's own order has them: beside them on their line, with the separator the
  // line uses there (JP latin `%A, %S` → `%A, %C, %S`: "1-1 Marunouchi, Chiyoda, Tokyo"), or on a line of its
  // own next to the coarser one (a district above the town line: GB, BR, MX, ZA do so; a region after it). In
  // Chinese and Japanese text the parts run on without a space, as CN's `%S%C%D`: JP's city follows the
  // prefecture (東京都千代田区), the order of Japan's own addresses.
  for (const f of 'SCD') {
    if (!supplied.includes(f) || lineOf(f) >= 0) continue;
    const rank = GEO.indexOf(f);
    const finer = [...GEO.slice(0, rank)].reverse().find((g) => lineOf(g) >= 0) ?? 'A';
    const coarser = [...GEO.slice(rank + 1)].find((g) => lineOf(g) >= 0);
    const fl = lineOf(finer);
    if (coarser === undefined) {
      lines.splice(big ? fl : fl + 1, 0, [`%${f}`]);
      continue;
    }
    const cl = lineOf(coarser);
    const line = lines[cl]!;
    const at = line.indexOf(`%${coarser}`);
    if (cl === fl && !big) {
      const sep = line[at - 1] !== undefined && line[at - 1]![0] !== '%' ? line[at - 1]! : ' ';
      line.splice(at, 0, `%${f}`, sep);
    } else if (cl === fl || (big && joined)) {
      const sep = cl === fl && line[at + 1] !== undefined && line[at + 1]![0] !== '%' ? line[at + 1]! : '';
      line.splice(at + 1, 0, ...(sep ? [sep] : []), `%${f}`);
    } else {
      lines.splice(big ? cl + 1 : cl, 0, [`%${f}`]);
    }
  }
  const geo = [...GEO].map(lineOf).filter((i) => i >= 0);
  // A postal code of a country that has none in Google's data goes on a line of its own where the others put
  // theirs: after the place (GB, KE), or first in big-endian formats (CN, KP, KZ).
  if (supplied.includes('Z') && lineOf('Z') < 0) lines.splice(big ? Math.min(...geo) : Math.max(...geo) + 1, 0, ['%Z']);
  if (supplied.includes('X') && lineOf('X') < 0) {
    // A sorting code (CEDEX) ends the locality's line, as in every format that has one (`%Z %C %X`, `%C %X`).
    const host = lineOf('C') >= 0 ? lineOf('C') : lineOf('Z');
    if (host >= 0) lines[host]!.push(' ', '%X');
    else lines.splice(big ? Math.min(...geo) : Math.max(...geo) + 1, 0, ['%X']);
  }
  return lines.map((l) => l.join('')).join('%n');
}
