// Address suggestions as the person types: nothing below the minimum length, debounced, one request at a time
// (a newer query aborts the older one and a late answer is dropped), answers cached per query; a provider
// that fails, hangs or answers garbage gives no suggestions and never an exception.
import { createScheduler, DEFAULT_TIMERS, type Timers } from '../form/createScheduler.js';
import type { AddressProvider, Suggestion } from './types.js';

/** How suggestions are searched: `minChars` 3, `debounceMs` 250, `limit` 5, `timeoutMs` 4000. */
export interface SuggestionSearchOptions {
  minChars?: number;
  debounceMs?: number;
  limit?: number;
  timeoutMs?: number;
  timers?: Timers;
}

/** Where to look: the country the form is filled for and the page's language. */
export interface SuggestionContext {
  country?: string;
  locale?: string;
}

/** A per-field search: `query` schedules one (the callback gets only the latest answer), `cancel` drops it. */
export interface SuggestionSearch {
  query(text: string, context: SuggestionContext, onResult: (suggestions: readonly Suggestion[], text: string) => void): void;
  cancel(): void;
  /** Whether a search is waiting or running. */
  pending(): boolean;
}

const MAX_QUERY = 200;
const MAX_CACHE = 100;
const KEY = 'search';

/** A person's text as a cache key: spaces folded, case ignored (providers do the same). */
const normalize = (text: string): string => text.slice(0, MAX_QUERY * 2).replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);

/** Keeps only well-formed suggestions: a provider's answer is hostile until checked. */
function clean(answer: unknown, limit: number): Suggestion[] {
  if (!Array.isArray(answer)) return [];
  const out: Suggestion[] = [];
  for (const s of answer.slice(0, limit * 4)) {
    if (out.length >= limit) break;
    if (!s || typeof s !== 'object') continue;
    const { id, label } = s as Partial<Suggestion>;
    if (typeof label !== 'string' || !label.trim()) continue;
    out.push({ ...(s as Suggestion), id: typeof id === 'string' && id ? id.slice(0, 200) : `s${out.length}`, label: label.slice(0, 300) });
  }
  return out;
}

/** Creates the search one address field uses with `provider`. */
export function createSuggestionSearch(provider: AddressProvider, options: SuggestionSearchOptions = {}): SuggestionSearch {
  if (!provider || typeof provider.search !== 'function') {
    throw new TypeError('saisie: an address provider is an object with a search(query, options) method, e.g. createBanProvider().');
  }
  const { minChars = 3, debounceMs = 250, limit = 5, timeoutMs = 4000, timers = DEFAULT_TIMERS } = options;
  const scheduler = createScheduler(timers);
  const cache = new Map<string, readonly Suggestion[]>();
  let latest = 0;

  return {
    query(text, context, onResult) {
      const q = normalize(typeof text === 'string' ? text : '');
      if (q.length < minChars) {
        scheduler.cancel(KEY);
        onResult([], q);
        return;
      }
      const key = `${context.country ?? ''}\u0000${context.locale ?? ''}\u0000${q.toLowerCase()}`;
      const hit = cache.get(key);
      if (hit) {
        scheduler.cancel(KEY);
        onResult(hit, q);
        return;
      }
      const mine = ++latest;
      scheduler.schedule(KEY, debounceMs, (signal) => {
        // A provider that never settles must not hold the field: after `timeoutMs` its request is aborted and the
        // answer given up (no suggestions); unless a newer query already owns the field.
        return new Promise<readonly Suggestion[] | undefined>((resolve) => {
          const timer = timers.setTimeout(() => {
            if (mine !== latest) return resolve(undefined);
            scheduler.cancel(KEY);
            onResult([], q);
          }, timeoutMs);
          const done = (value: readonly Suggestion[] | undefined) => {
            timers.clearTimeout(timer);
            resolve(value);
          };
          let pending: Promise<unknown>;
          try {
            pending = Promise.resolve(provider.search(q, { country: context.country, locale: context.locale, limit, signal }));
          } catch {
            pending = Promise.resolve(undefined);
          }
          pending.then((answer) => done(clean(answer, limit)), () => done(undefined));
        });
      }, (result) => {
        if (result === undefined) return onResult([], q); // failed or too slow: no suggestions, nothing cached
        if (cache.size >= MAX_CACHE) cache.delete(cache.keys().next().value as string);
        cache.set(key, result);
        onResult(result, q);
      });
    },
    cancel: () => scheduler.cancel(KEY),
    pending: () => scheduler.pending() > 0,
  };
}
