import { createIssue } from '../messages.js';
import { ADDRESS_CODES } from '../codes.js';
import { assertString, trimSpaces } from '../input.js';
import { toResult } from '../result.js';
import type { CheckOptions, CheckResult } from '../types.js';
import type { FrPostalData } from './frPostalData.js';
import { getCommunesForPostalCode, type FrCommune } from './getCommunesForPostalCode.js';

const SAINTS: Readonly<Record<string, string>> = { st: 'saint', ste: 'sainte', sts: 'saints', stes: 'saintes' };
const ARRONDISSEMENT_WORD = /^(?:arrondissement|arrdt|arrt|arr|ardt)$/;
const ORDINAL = /^0?([1-9]\d?)(?:e|er|eme|ieme|re|em)?$/;
const MAX_CITY = 120;

/** A place name as compared: no case, accents, hyphens, spaces or apostrophes; ST → SAINT; no CEDEX; its arrondissement apart. */
function placeKey(text: string): { base: string; arr?: number } {
  const tokens = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ß/g, 'ss').split(/[^a-z0-9]+/);
  const words: string[] = [];
  for (const t of tokens) {
    if (t === 'cedex') break; // "PARIS CEDEX 11": what follows is the CEDEX office, not the place
    if (t !== '' && !/^\d{5}$/.test(t)) words.push(SAINTS[t] ?? t); // a postal code typed with the city
  }
  if (words.length > 1 && ARRONDISSEMENT_WORD.test(words[words.length - 1]!)) words.pop();
  const arr = words.length > 1 ? ORDINAL.exec(words[words.length - 1]!) : null;
  if (arr) words.pop();
  return { base: words.join(''), ...(arr ? { arr: Number(arr[1]) } : {}) };
}

/** Edit distance, on strings cut to 60 characters (a city name is short): quadratic in that bound only. */
function distance(a: string, b: string): number {
  const x = a.slice(0, 60);
  const y = b.slice(0, 60);
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[y.length]!;
}

/** How far a typed name is from a commune's, a shortened one ("Chatillon" for Châtillon-sur-Chalaronne) counting as near. */
function closeness(typed: string, name: string): number {
  return Math.min(distance(typed, name), distance(typed, name.slice(0, typed.length)) + 1);
}

/** True when the typed place is this commune (its name or routing label, any arrondissement notation). */
function isCommune(typed: { base: string; arr?: number }, c: FrCommune): boolean {
  const forms = [placeKey(c.commune), placeKey(c.label), placeKey(c.name)];
  const arr = forms.find((f) => f.arr !== undefined)?.arr;
  return forms.some((f) => f.base === typed.base) && (typed.arr === undefined || arr === undefined || typed.arr === arr);
}

/**
 * Checks that a city fits a French postal code, over the loaded chunks of `data`: an `address.city-mismatch`
 * warning (never an error: the table may be behind a new commune) whose suggestion is the code's commune, the
 * closest by name when the code serves several (the others are in the message and `params.communes`). No issue
 * while the code's chunk is not loaded, for a code it does not know (CEDEX) or for an empty field.
 */
export function checkPostalCity(postalCode: string, city: string, options: CheckOptions = {}, data: FrPostalData): CheckResult {
  assertString('checkPostalCity', 'postalCode', postalCode);
  assertString('checkPostalCity', 'city', city);
  const value = trimSpaces(city);
  if (value === '' || value.length > MAX_CITY) return toResult(value, []);
  const communes = getCommunesForPostalCode(trimSpaces(postalCode), data);
  if (!communes || communes.length === 0) return toResult(value, []);
  const typed = placeKey(value);
  if (typed.base === '' || communes.some((c) => isCommune(typed, c))) return toResult(value, []);
  const code = trimSpaces(postalCode).replace(/\s/g, '');
  const names = [...new Set(communes.map((c) => c.name))];
  let best = names[0]!;
  if (names.length > 1) {
    let bestScore = Infinity;
    for (const c of communes) {
      const score = Math.min(closeness(typed.base, placeKey(c.name).base), closeness(typed.base, placeKey(c.label).base));
      if (score < bestScore) [best, bestScore] = [c.name, score];
    }
  }
  const others = names.filter((n) => n !== best);
  const params: Record<string, string | number> = { postalCode: code };
  if (others.length > 0) Object.assign(params, { reason: 'several', count: names.length, communes: others.slice(0, 6).join(', ') + (others.length > 6 ? '…' : '') });
  return toResult(value, [createIssue(ADDRESS_CODES, data, options?.locale, 'address.city-mismatch', { suggestion: best, params })]);
}
