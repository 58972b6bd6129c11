// Text from a provider's answer is hostile: only own string properties are read, control characters become
// spaces, spaces are folded and the length is capped, so a label can neither break a layout nor grow unbounded.

const MAX_TEXT = 200;

/**
 * The own string property `key` of `obj`, cleaned (trimmed, no control characters, at most `max` chars), or
 * undefined; `numbers` also accepts a finite number (ids, house numbers, postal codes sent as numbers).
 */
export function cleanProviderText(obj: unknown, key: string, max = MAX_TEXT, numbers = false): string | undefined {
  if (!obj || typeof obj !== 'object' || !Object.prototype.hasOwnProperty.call(obj, key)) return undefined;
  let value: unknown = (obj as Record<string, unknown>)[key];
  if (numbers && typeof value === 'number' && Number.isFinite(value)) value = String(value);
  if (typeof value !== 'string') return undefined;
  // eslint-disable-next-line no-control-regex
  const text = value.slice(0, max * 4).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, ' ').replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, max).trim() : undefined;
}
