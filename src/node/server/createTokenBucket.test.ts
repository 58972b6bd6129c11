import { describe, expect, it } from 'vitest';
import { createTokenBucket } from './createTokenBucket.js';

describe('createTokenBucket', () => {
  it('grants a burst, then refuses with the seconds to wait, then refills at the rate', () => {
    let t = 0;
    const bucket = createTokenBucket({ rate: 2, burst: 3, now: () => t });
    expect([bucket.take('a'), bucket.take('a'), bucket.take('a')]).toEqual([0, 0, 0]);
    expect(bucket.take('a')).toBe(1);
    t += 500; // one token back at 2/s
    expect(bucket.take('a')).toBe(0);
    expect(bucket.take('a')).toBeGreaterThanOrEqual(1);
  });

  it('keeps clients apart', () => {
    const bucket = createTokenBucket({ rate: 1, burst: 1, now: () => 0 });
    expect(bucket.take('a')).toBe(0);
    expect(bucket.take('a')).toBe(1);
    expect(bucket.take('b')).toBe(0);
  });

  it('a slow rate gives a longer Retry-After', () => {
    const bucket = createTokenBucket({ rate: 0.1, burst: 1, now: () => 0 });
    bucket.take('a');
    expect(bucket.take('a')).toBe(10);
  });

  it('forgets the least recently seen client past maxClients (memory stays bounded)', () => {
    const bucket = createTokenBucket({ rate: 1, burst: 1, maxClients: 100, now: () => 0 });
    for (let i = 0; i < 10_000; i++) bucket.take(`10.0.${i >> 8}.${i & 255}`);
    expect(bucket.size).toBe(100);
  });

  it('bad options are saisie: TypeErrors', () => {
    expect(() => createTokenBucket({ rate: 0, burst: 1 })).toThrow(/^saisie: createTokenBucket\(\{ rate \}\)/);
    expect(() => createTokenBucket({ rate: 1, burst: 0 })).toThrow(TypeError);
    expect(() => createTokenBucket({ rate: Number.POSITIVE_INFINITY, burst: 1 })).toThrow(TypeError);
  });
});
