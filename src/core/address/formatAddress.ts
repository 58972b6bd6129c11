import { ADDRESS_CODES } from '../codes.js';
import { createIssue } from '../messages.js';
import type { Issue } from '../types.js';
import { getAddressFormat, type AddressData } from './getAddressFormat.js';
import { completeFormat } from './completeFormat.js';
import { formatFrenchPostalLines, type AddressOverflow } from './formatFrenchPostalLines.js';
import { linePrefix, stripPostalPrefix } from './postalPrefix.js';

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

/**
 * `display` keeps the person's case; `postal` applies the country's postal norm (upper-case fields, AFNOR for FR).
 * `locale`: the language of `formatAddressResult`'s messages.
 */
export interface AddressFormatOptions {
  style?: 'display' | 'postal';
  locale?: string;
}

/** The lines of an address, and what could not be laid out (`address.overflow`). */
export interface AddressResult {
  lines: string[];
  issues: Issue[];
}

const MAX_FIELD = 200;
const MAX_LINES = 10;
// Scripts whose addresses are written in the local order (fmt) rather than the Latin one (lfmt).
const NON_LATIN = /[\u0400-\u04ff\u0590-\u06ff\u0e00-\u0e7f\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff]/;
// Chinese, Japanese and Korean: the parts of an address run on without spaces.
const CJK = /[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

// Control characters and line separators inside a field would break the layout: they become spaces.
// eslint-disable-next-line no-control-regex
const spaces = (v: string): string => v.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').replace(/\s+/g, ' ').trim();

/** Drops the spaces and commas a removed field left at either end of a line. */
function trimSeparators(line: string): string {
  let start = 0;
  let end = line.length;
  while (start < end && (line[start] === ' ' || line[start] === ',')) start++;
  while (end > start && (line[end - 1] === ' ' || line[end - 1] === ',')) end--;
  return line.slice(start, end);
}

/** The lines of an address and what did not fit, without messages (`formatAddress` needs no catalog). */
export function layoutAddress(address: Address, options: AddressFormatOptions, data: AddressData): { lines: string[]; overflow: AddressOverflow[] } {
  if (!address || typeof address !== 'object') throw new TypeError('saisie: formatAddress() expects an address object like { addressLines, locality, postalCode, country }.');
  const overflow: AddressOverflow[] = [];
  // Work stays bounded on hostile input; what the bounds leave out is said, not lost in silence.
  const left = (text: string) => {
    if (text) overflow.push({ reason: 'length', text: text.length > 80 ? `${text.slice(0, 80)}…` : text });
  };
  const clean = (v: unknown): string => {
    if (typeof v !== 'string') return '';
    if (v.length > MAX_FIELD) left(spaces(v.slice(MAX_FIELD, MAX_FIELD + 100)));
    return spaces(v.slice(0, MAX_FIELD));
  };
  const given = Array.isArray(address.addressLines) ? address.addressLines : [];
  const extra = given.slice(MAX_LINES, MAX_LINES + 5).map((l: unknown) => (typeof l === 'string' ? spaces(l.slice(0, 100)) : ''));
  left(extra.filter(Boolean).join(' / '));
  const cc = typeof address.country === 'string' ? address.country.trim().toUpperCase() : '';
  const format = getAddressFormat(cc, data) ?? getAddressFormat('ZZ', data);
  const values: Record<string, string> = {
    N: clean(address.name),
    O: clean(address.organization),
    A: given.slice(0, MAX_LINES).map(clean).filter(Boolean).join('\n'),
    D: clean(address.dependentLocality),
    C: clean(address.locality),
    S: clean(address.region),
    Z: clean(address.postalCode),
    X: clean(address.sortingCode),
  };
  const postal = options?.style === 'postal';
  const text = Object.values(values).join(' ');
  const base = !format ? '%N%n%O%n%A%n%C' : format.lfmt && !NON_LATIN.test(text) ? format.lfmt : format.fmt;
  const template = completeFormat(base, Object.keys(values).filter((k) => values[k]).join(''), CJK.test(text));
  // The format writes the country's prefix before the code (CH-%Z, L-%Z): a code typed with it is not prefixed twice.
  const lead = linePrefix(template);
  for (const p of lead ? [cc, lead] : []) {
    const rest = stripPostalPrefix(values.Z!.toUpperCase(), p);
    if (rest === undefined) continue;
    values.Z = values.Z!.slice(values.Z!.length - rest.length);
    break;
  }
  const afnor = postal && cc === 'FR';
  // AFNOR writes every line in capitals itself, and names what it cannot write as it was typed.
  if (postal && format && !afnor) for (const f of format.upper) if (values[f]) values[f] = values[f]!.toUpperCase();
  const lines: string[] = [];
  const kinds: string[] = []; // the fields of the template line each output line comes from
  for (const line of template.split('%n')) {
    // Segments of a line: literals and fields; an empty field takes the separator before it (or after it) along.
    const parts = line.split(/(%[A-Z])/).filter((p) => p !== '');
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
    const fields = segs.filter((s) => s.field && s.text).map((s) => s.field).join('');
    lines.push(...added);
    kinds.push(...added.map(() => fields));
  }
  if (!afnor) return { lines, overflow };
  const french = formatFrenchPostalLines(lines, kinds, data.tables.frAbbreviations);
  return { lines: french.lines, overflow: [...overflow, ...french.overflow] };
}

/** Lays out an address for its country (Google's fmt/lfmt); returns its lines, empty fields and their punctuation dropped. */
export function formatAddress(address: Address, options: AddressFormatOptions = {}, data: AddressData): string[] {
  return layoutAddress(address, options, data).lines;
}

/**
 * The lines of an address (as `formatAddress`) and an `address.overflow` warning for each part that could not be
 * laid out: what does not fit AFNOR's 6 lines of 38 characters, or lies beyond saisie's bounds (200 characters a
 * field, 10 address lines).
 */
export function formatAddressResult(address: Address, options: AddressFormatOptions = {}, data: AddressData): AddressResult {
  const { lines, overflow } = layoutAddress(address, options, data);
  const issues = overflow.map((params) => createIssue(ADDRESS_CODES, data, options?.locale, 'address.overflow', { params }));
  return { lines, issues };
}
