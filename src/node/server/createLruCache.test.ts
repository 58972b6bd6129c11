import { describe, expect, it } from 'vitest';
import { createLruCache } from './createLruCache.js';

describe('createLruCache', () => {
  it('expires entries after their TTL', () => {
    let t = 1000;
    const cache = createLruCache<string>({ max: 10, now: () => t });
    cache.set('a', 'A', 500);
    expect(cache.get('a')).toBe('A');
    t += 499;
    expect(cache.get('a')).toBe('A');
    t += 1;
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('evicts the least recently used entry past max', () => {
    const cache = createLruCache<number>({ max: 2 });
    cache.set('a', 1, 60_000);
    cache.set('b', 2, 60_000);
    expect(cache.get('a')).toBe(1); // a is now the most recent
    cache.set('c', 3, 60_000);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
    expect(cache.size).toBe(2);
  });

  it('stores nothing for a TTL of 0 or less, or NaN, and drops the older value', () => {
    const cache = createLruCache<number>({ max: 5 });
    cache.set('a', 1, 60_000);
    cache.set('a', 2, 0);
    expect(cache.get('a')).toBeUndefined();
    cache.set('b', 1, Number.NaN);
    cache.set('c', 1, -5);
    expect(cache.size).toBe(0);
  });

  it('keys such as __proto__ are plain keys', () => {
    const cache = createLruCache<number>({ max: 5 });
    expect(cache.get('__proto__')).toBeUndefined();
    cache.set('__proto__', 1, 1000);
    expect(cache.get('__proto__')).toBe(1);
  });

  it('max 0 caches nothing; a bad max is a saisie: TypeError', () => {
    const cache = createLruCache<number>({ max: 0 });
    cache.set('a', 1, 1000);
    expect(cache.get('a')).toBeUndefined();
    expect(() => createLruCache({ max: -1 })).toThrow(/^saisie: createLruCache/);
    expect(() => createLruCache({ max: 1.5 })).toThrow(TypeError);
  });
});
