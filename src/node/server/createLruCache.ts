// A bounded map whose entries expire: the verdict and mail-domain caches of saisie-server. A Map keeps insertion
// order, so re-inserting on every hit makes its first key the least recently used one.

/** Options of `createLruCache`: at most `max` entries; `now` (ms) is injectable for tests. */
export interface LruCacheOptions {
  max: number;
  now?: () => number;
}

/** A least-recently-used cache with a time to live per entry. */
export interface LruCache<V> {
  /** The live value of `key` (and marks it used), or undefined. */
  get(key: string): V | undefined;
  /** Stores `value` for `ttlMs` milliseconds; a TTL of 0 or less stores nothing (and drops an older value). */
  set(key: string, value: V, ttlMs: number): void;
  delete(key: string): void;
  clear(): void;
  readonly size: number;
}

interface Entry<V> {
  value: V;
  expires: number;
}

/** Creates an LRU+TTL cache of at most `max` entries. */
export function createLruCache<V>(options: LruCacheOptions): LruCache<V> {
  const { max, now = Date.now } = options;
  if (!Number.isInteger(max) || max < 0) throw new TypeError('saisie: createLruCache({ max }) needs a whole number of entries (0 turns the cache off).');
  const map = new Map<string, Entry<V>>();
  return {
    get(key) {
      const entry = map.get(key);
      if (!entry) return undefined;
      map.delete(key);
      if (entry.expires <= now()) return undefined;
      map.set(key, entry);
      return entry.value;
    },
    set(key, value, ttlMs) {
      map.delete(key);
      if (!(ttlMs > 0) || max === 0) return;
      map.set(key, { value, expires: now() + ttlMs });
      // One insertion evicts at most one entry: constant time per request.
      if (map.size > max) map.delete(map.keys().next().value as string);
    },
    delete(key) {
      map.delete(key);
    },
    clear() {
      map.clear();
    },
    get size() {
      return map.size;
    },
  };
}
