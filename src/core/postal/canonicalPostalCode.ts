import type { AddressFormat } from '../address/getAddressFormat.js';

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

/** The canonical form of a postal code for a region (its examples' spacing), or undefined when it does not match. */
export function canonicalPostalCode(code: string, format: AddressFormat): string | undefined {
  if (!format.zip || code.length > 20) return undefined;
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
