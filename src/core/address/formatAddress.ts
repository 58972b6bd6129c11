import { getAddressFormat, type AddressData } from './getAddressFormat.js';
import { formatFrenchPostalLines } from './formatFrenchPostalLines.js';

/** A postal address; `country` is an ISO 3166-1 alpha-2 code. */
export interface Address {
  name?: string;
  organization?: string;
  addressLines?: string[];
  dependentLocality?: string;
  locality?: string;
  region?: string;
  postalCode?: string;
  sortingCode?: string;
  country: string;
}

/** `display` keeps the person's case; `postal` applies the country's postal norm (upper-case fields, AFNOR for FR). */
export interface AddressFormatOptions {
  style?: 'display' | 'postal';
}

const MAX_FIELD = 200;
// Scripts whose addresses are written in the local order (fmt) rather than the Latin one (lfmt).
const NON_LATIN = /[\u0400-\u04ff\u0590-\u06ff\u0e00-\u0e7f\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

// Control characters and line separators inside a field would break the layout: they become spaces.
const clean = (v: unknown): string =>
  // eslint-disable-next-line no-control-regex
  typeof v === 'string' ? v.slice(0, MAX_FIELD).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').replace(/\s+/g, ' ').trim() : '';

/** Drops the spaces and commas a removed field left at either end of a line. */
function trimSeparators(line: string): string {
  let start = 0;
  let end = line.length;
  while (start < end && (line[start] === ' ' || line[start] === ',')) start++;
  while (end > start && (line[end - 1] === ' ' || line[end - 1] === ',')) end--;
  return line.slice(start, end);
}

/** Lays out an address for its country (Google's fmt/lfmt); returns its lines, empty fields and their punctuation dropped. */
export function formatAddress(address: Address, options: AddressFormatOptions = {}, data: AddressData): string[] {
  if (!address || typeof address !== 'object') throw new TypeError('saisie: formatAddress() expects an address object like { addressLines, locality, postalCode, country }.');
  const format = getAddressFormat(typeof address.country === 'string' ? address.country : '', data) ?? getAddressFormat('ZZ', data);
  const lines = Array.isArray(address.addressLines) ? address.addressLines.slice(0, 10).map(clean).filter(Boolean) : [];
  const values: Record<string, string> = {
    N: clean(address.name),
    O: clean(address.organization),
    A: lines.join('\n'),
    D: clean(address.dependentLocality),
    C: clean(address.locality),
    S: clean(address.region),
    Z: clean(address.postalCode),
    X: clean(address.sortingCode),
  };
  const postal = options?.style === 'postal';
  const fmtFor = () => {
    if (!format) return '%N%n%O%n%A%n%C';
    const text = Object.values(values).join(' ');
    return format.lfmt && !NON_LATIN.test(text) ? format.lfmt : format.fmt;
  };
  if (postal && format) for (const f of format.upper) if (values[f]) values[f] = values[f]!.toUpperCase();
  const out: string[] = [];
  let personal = 0; // leading lines that hold the name or organization (kept as typed by AFNOR)
  for (const template of fmtFor().split('%n')) {
    // Segments of a line: literals and fields; an empty field takes the separator before it (or after it) along.
    const parts = template.split(/(%[A-Z])/).filter((p) => p !== '');
    const segs = parts.map((p) => (p.length === 2 && p[0] === '%' ? { field: p[1]!, text: values[p[1]!] ?? '' } : { field: '', text: p }));
    for (let i = 0; i < segs.length; i++) {
      const s = segs[i]!;
      if (!s.field || s.text) continue;
      const before = segs[i - 1];
      const after = segs[i + 1];
      if (before && !before.field && i - 1 > 0) before.text = '';
      else if (after && !after.field) after.text = '';
      else if (before && !before.field) before.text = '';
    }
    if (!segs.some((s) => s.field && s.text)) continue;
    const added = trimSeparators(segs.map((s) => s.text).join('')).split('\n').map((l) => l.trim()).filter(Boolean);
    if (out.length === personal && /^(?:%[NO])+$/.test(template.trim())) personal += added.length;
    out.push(...added);
  }
  return postal && typeof address.country === 'string' && address.country.trim().toUpperCase() === 'FR' ? formatFrenchPostalLines(out, personal, data.tables.frAbbreviations) : out;
}
