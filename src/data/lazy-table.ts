// The shape every src/data/load-<kind>.ts shares: a map of dynamic imports, read by own key only.

/** A loader over `table`: resolves the default export of the module of `key`, or undefined; and the keys. */
export function lazyTable<T>(table: Readonly<Record<string, () => Promise<{ default: T }>>>, pick: (value: T) => unknown = (v) => v) {
  return {
    load(key: string): Promise<unknown> {
      const f = typeof key === 'string' && Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
      return f ? f().then((m) => pick(m.default)) : Promise.resolve(undefined);
    },
    keys: Object.keys(table),
  };
}
