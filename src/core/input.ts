/** Throws the `saisie:` TypeError that a developer sees when a check gets a non-string. */
export function assertString(fn: string, name: string, value: unknown): asserts value is string {
  if (typeof value !== 'string') {
    throw new TypeError(`saisie: ${fn}() expects ${name} to be a string, got ${value === null ? 'null' : typeof value}. Pass String(value) or '' for an empty field.`);
  }
}

const SPACE = ' \t\u00a0\u3000\ufeff\u2007\u202f';

/** Trims the spaces a person types or pastes around a value (not line breaks), in linear time. */
export function trimSpaces(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && SPACE.includes(s[start]!)) start++;
  while (end > start && SPACE.includes(s[end - 1]!)) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/** A table entry by a key that came from a person: own properties only, so "constructor" finds nothing. */
export function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}
