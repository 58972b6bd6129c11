import type { AddressFormat } from '../address/getAddressFormat.js';
import { nationalPrefix, postalPrefixes, stripPostalPrefix } from '../address/postalPrefix.js';

const patterns = new WeakMap<AddressFormat, { re: RegExp; shapes: Array<Array<[number, string]>> }>();

function compile(format: AddressFormat) {
  let p = patterns.get(format);
  if (!p) {
    // Google's patterns run only on ≤ 20 characters (checked before), which bounds any backtracking.
    const re = new RegExp(`^(?:${format.zip})$`);
    // Separator shapes from the examples, as (offset from the end, separator): "SW1A 2AA" → [[3, ' ']].
    const seen = new Set<string>();
    const shapes: Array<Array<[number, string]>> = [];
    for (const ex of format.zipExamples) {
      const compact = ex.replace(/[\s-]/g, '');
      const shape: Array<[number, string]> = [];
      let after = 0;
      for (let i = ex.length - 1; i >= 0; i--) {
        const ch = ex[i]!;
        if (ch === ' ' || ch === '-') shape.push([after, ch]);
        else after++;
      }
      const key = JSON.stringify(shape);
      if (compact && !seen.has(key)) {
        seen.add(key);
        shapes.push(shape);
      }
    }
    p = { re, shapes };
    patterns.set(format, p);
  }
  return p;
}

function applyShape(compact: string, shape: Array<[number, string]>): string {
  let out = compact;
  for (const [offset, sep] of shape) {
    if (offset <= 0 || offset >= out.length) return '';
    out = out.slice(0, out.length - offset) + sep + out.slice(out.length - offset);
  }
  return out;
}

function match(code: string, format: AddressFormat): string | undefined {
  const { re, shapes } = compile(format);
  const typed = code.replace(/\s+/g, ' ');
  const compact = code.replace(/[\s-]/g, '');
  for (const shape of shapes) {
    const candidate = applyShape(compact, shape);
    if (candidate && re.test(candidate)) return candidate;
  }
  if (re.test(typed)) return typed;
  return re.test(compact) ? compact : undefined;
}

/**
 * The canonical form of a postal code for a region (its examples' spacing), or undefined when it does not match.
 * `code` is upper case; `country` the region's ISO code. A prefix of the region's own, as people type it (`DK-1120`,
 * `L-1120`, `AX-22100`, `HN12345`), gives the national form; where the national form carries the prefix (`LV-1234`,
 * `VG1110`, `BB12345`), a code typed without it gets it. Never the prefix of another country.
 */
export function canonicalPostalCode(code: string, format: AddressFormat, country = ''): string | undefined {
  if (!format.zip || code.length > 20) return undefined;
  const prefixes = country ? postalPrefixes(format, country) : [];
  // Where Google's examples are written without the prefix, that is the national form even when the pattern
  // allows it (Anguilla's `(?:AI-)?2640`): the prefix goes first, so that `AI-2640` and `AI 2640` agree.
  for (const prefix of prefixes) {
    if (format.zipExamples.some((ex) => ex.startsWith(prefix))) continue;
    const rest = stripPostalPrefix(code, prefix);
    const found = rest === undefined ? undefined : match(rest, format);
    if (found !== undefined) return found;
  }
  const found = match(code, format);
  if (found !== undefined) return found;
  const national = country ? nationalPrefix(format, country) : '';
  return national && !code.startsWith(national) ? match(national + code, format) : undefined;
}
