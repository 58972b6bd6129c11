// Per-client rate limiting for saisie-server: each client (an IP address) has a bucket of `burst` tokens that
// refills at `rate` tokens per second; a request takes one. Buckets live in a bounded map, so a flood of distinct
// addresses costs memory up to `maxClients` and no more (the least recently seen client is forgotten: a full bucket).

/** Options of `createTokenBucket`: `rate` tokens per second, up to `burst`; `now` (ms) is injectable for tests. */
export interface TokenBucketOptions {
  rate: number;
  burst: number;
  maxClients?: number;
  now?: () => number;
}

/** A set of token buckets, one per client key. */
export interface TokenBucket {
  /** Takes one token of `client`'s bucket: 0 when granted, else the seconds until one is available (≥ 1, whole). */
  take(client: string): number;
  readonly size: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Creates per-client token buckets of `burst` tokens refilled at `rate` per second. */
export function createTokenBucket(options: TokenBucketOptions): TokenBucket {
  const { rate, burst, maxClients = 50_000, now = Date.now } = options;
  if (!(rate > 0) || !Number.isFinite(rate)) throw new TypeError('saisie: createTokenBucket({ rate }) needs a positive number of requests per second.');
  if (!(burst >= 1) || !Number.isFinite(burst)) throw new TypeError('saisie: createTokenBucket({ burst }) needs a number of requests ≥ 1.');
  if (!Number.isInteger(maxClients) || maxClients < 1) throw new TypeError('saisie: createTokenBucket({ maxClients }) needs a whole number ≥ 1.');
  const buckets = new Map<string, Bucket>();
  return {
    take(client) {
      const t = now();
      let bucket = buckets.get(client);
      if (bucket) {
        buckets.delete(client);
        bucket.tokens = Math.min(burst, bucket.tokens + ((t - bucket.at) / 1000) * rate);
        bucket.at = t;
      } else {
        bucket = { tokens: burst, at: t };
        if (buckets.size >= maxClients) buckets.delete(buckets.keys().next().value as string);
      }
      buckets.set(client, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.max(1, Math.ceil((1 - bucket.tokens) / rate));
    },
    get size() {
      return buckets.size;
    },
  };
}
