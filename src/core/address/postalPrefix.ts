import type { AddressFormat } from './getAddressFormat.js';

/**
 * The prefixes of a region's own that may stand before its postal code: its ISO code (`DK-1120`, `HN12345`) and
 * the letters its format writes before the code at the start of a line (`L-%Z` → `L`, `FL-%Z` → `FL`, `〒%Z`).
 */
export function postalPrefixes(format: AddressFormat, country: string): string[] {
  const literal = linePrefix(format.fmt);
  return literal && literal !== country ? [country, literal] : [country];
}

/** The text a format writes before the postal code at the start of a line, without its separator (`CH-%Z` → `CH`). */
export function linePrefix(fmt: string): string {
  for (const line of fmt.split('%n')) {
    const at = line.indexOf('%Z');
    let end = at;
    while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '-')) end--;
    if (end > 0 && !line.slice(0, end).includes('%')) return line.slice(0, end);
  }
  return '';
}

/** `code` without a leading `prefix` and its separator (`DK-1120`, `DK 1120`, `DK1120` → `1120`), or undefined. */
export function stripPostalPrefix(code: string, prefix: string): string | undefined {
  if (!prefix || !code.startsWith(prefix)) return undefined;
  let i = prefix.length;
  while (i < code.length && (code[i] === ' ' || code[i] === '-')) i++;
  return i < code.length ? code.slice(i) : undefined;
}

/**
 * The letters a region's postal-code pattern starts with when they are its ISO code (`LV-\d{4}` → `LV`, `BB\d{5}`,
 * `VG\d{4}`, `KY\d-\d{4}`, `AD[1-7]0\d`), else ''. A pattern with alternatives (GB's `GIR ?0AA|…`) or whose letters
 * are optional has none: its codes do not all carry them.
 */
export function nationalPrefix(format: AddressFormat, country: string): string {
  const zip = format.zip ?? '';
  if (zip.includes('|') || !zip.startsWith(country)) return '';
  const next = zip[country.length];
  return next === '?' || next === '*' || next === '{' ? '' : country;
}
