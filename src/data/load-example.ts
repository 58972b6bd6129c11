// PLACEHOLDER: shows the lazy-table convention; removed once a real load-<kind>.ts exists.
const table: Record<string, () => Promise<{ default: unknown }>> = {};
/** Resolves the table `key` of this kind, or undefined. */
export default function load(key: string): Promise<unknown> {
  const f = table[key];
  return f ? f().then((m) => m.default) : Promise.resolve(undefined);
}
/** Every key this kind has. */
export const KEYS: string[] = Object.keys(table);
