/** Throws the `saisie:` TypeError that a developer sees when a check gets a non-string. */
export function assertString(fn: string, name: string, value: unknown): asserts value is string {
  if (typeof value !== 'string') {
    throw new TypeError(`saisie: ${fn}() expects ${name} to be a string, got ${value === null ? 'null' : typeof value}. Pass String(value) or '' for an empty field.`);
  }
}
