import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSuggestionSearch } from './createSuggestionSearch.js';
import type { AddressProvider, SearchOptions, Suggestion } from './types.js';

const s = (label: string): Suggestion => ({ id: label, label });

/** A provider whose answers the test releases by hand, recording every call and its signal. */
function manualProvider() {
  const calls: Array<{ query: string; options: SearchOptions; answer: (v: unknown) => void; fail: (e: unknown) => void }> = [];
  const provider: AddressProvider = {
    search: (query, options) => new Promise((resolve, reject) => calls.push({ query, options, answer: resolve as (v: unknown) => void, fail: reject })),
  };
  return { provider, calls };
}

describe('createSuggestionSearch', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends nothing below the minimum length and answers empty at once', () => {
    const { provider, calls } = manualProvider();
    const search = createSuggestionSearch(provider);
    const seen: unknown[] = [];
    search.query('12', {}, (r) => seen.push(r));
    vi.advanceTimersByTime(1000);
    expect(calls).toHaveLength(0);
    expect(seen).toEqual([[]]);
  });

  it('debounces: keys typed in a burst make one request, for the last text', async () => {
    const { provider, calls } = manualProvider();
    const search = createSuggestionSearch(provider, { debounceMs: 200 });
    const seen: Array<readonly Suggestion[]> = [];
    for (const text of ['12 r', '12 ru', '12 rue']) search.query(text, { country: 'FR', locale: 'fr' }, (r) => seen.push(r));
    vi.advanceTimersByTime(250);
    expect(calls.map((c) => c.query)).toEqual(['12 rue']);
    expect(calls[0]!.options).toMatchObject({ country: 'FR', locale: 'fr', limit: 5 });
    calls[0]!.answer([s('12 Rue de la Paix 75002 Paris')]);
    await vi.runAllTimersAsync();
    expect(seen).toEqual([[s('12 Rue de la Paix 75002 Paris')]]);
  });

  it('a newer query aborts the older request, and the older late answer never shows', async () => {
    const { provider, calls } = manualProvider();
    const search = createSuggestionSearch(provider, { debounceMs: 0 });
    const seen: string[] = [];
    search.query('rue de', {}, (r) => seen.push(r.map((x) => x.label).join()));
    search.query('rue de la', {}, (r) => seen.push(r.map((x) => x.label).join()));
    expect(calls).toHaveLength(2);
    expect((calls[0]!.options.signal as AbortSignal).aborted).toBe(true);
    calls[1]!.answer([s('new')]);
    await vi.runAllTimersAsync();
    calls[0]!.answer([s('old')]); // the slow first answer arrives last
    await vi.runAllTimersAsync();
    expect(seen).toEqual(['new']);
  });

  it('caches per query (case and spaces aside) and per country', async () => {
    const { provider, calls } = manualProvider();
    const search = createSuggestionSearch(provider, { debounceMs: 0 });
    const seen: string[] = [];
    search.query('rue de la paix', { country: 'FR' }, (r) => seen.push(r.map((x) => x.label).join()));
    calls[0]!.answer([s('a')]);
    await vi.runAllTimersAsync();
    search.query('Rue  de la PAIX ', { country: 'FR' }, (r) => seen.push(r.map((x) => x.label).join()));
    expect(calls).toHaveLength(1);
    search.query('rue de la paix', { country: 'CH' }, () => undefined);
    expect(calls).toHaveLength(2);
    expect(seen).toEqual(['a', 'a']);
  });

  it('a provider that throws, rejects, hangs or answers garbage gives no suggestions and no exception', async () => {
    const throwing: AddressProvider = { search: () => { throw new Error('boom'); } };
    const garbage: AddressProvider = { search: () => Promise.resolve([null, 1, 'x', { id: 3 }, { label: '' }, { label: 'ok', id: {} }] as never) };
    const { provider: hanging } = manualProvider();
    const rejecting: AddressProvider = { search: () => Promise.reject(new Error('500')) };
    for (const [provider, expected] of [[throwing, ''], [garbage, 'ok'], [hanging, ''], [rejecting, '']] as const) {
      const search = createSuggestionSearch(provider, { debounceMs: 0, timeoutMs: 1000 });
      const seen: string[] = [];
      search.query('rue de la paix', {}, (r) => seen.push(r.map((x) => x.label).join()));
      await vi.advanceTimersByTimeAsync(1500);
      expect(seen).toEqual([expected]);
      expect(search.pending()).toBe(false);
    }
  });

  it('a provider past timeoutMs has its request aborted; a late answer changes nothing; a newer query is not cut short', async () => {
    const { provider, calls } = manualProvider();
    const search = createSuggestionSearch(provider, { debounceMs: 0, timeoutMs: 1000 });
    const seen: string[] = [];
    search.query('rue de la paix', {}, (r) => seen.push(r.map((x) => x.label).join() || '-'));
    await vi.advanceTimersByTimeAsync(1001);
    expect(calls[0]!.options.signal?.aborted).toBe(true);
    expect(seen).toEqual(['-']);
    calls[0]!.answer([s('late')]);
    await vi.advanceTimersByTimeAsync(10);
    expect(seen).toEqual(['-']);
    // A query that hangs, then a newer one that answers within its own time: the old timer does not abort it.
    search.query('rue de la pompe', {}, (r) => seen.push(r.map((x) => x.label).join() || '-'));
    await vi.advanceTimersByTimeAsync(600);
    search.query('rue de la roquette', {}, (r) => seen.push(r.map((x) => x.label).join() || '-'));
    await vi.advanceTimersByTimeAsync(600);
    expect(calls[2]!.options.signal?.aborted).toBe(false);
    calls[2]!.answer([s('roquette')]);
    await vi.advanceTimersByTimeAsync(10);
    expect(seen).toEqual(['-', 'roquette']);
  });

  it('a failed answer is not cached: the same query asks again', async () => {
    let n = 0;
    const provider: AddressProvider = { search: () => (++n === 1 ? Promise.reject(new Error('down')) : Promise.resolve([s('back')])) };
    const search = createSuggestionSearch(provider, { debounceMs: 0 });
    const seen: string[] = [];
    search.query('rue de la paix', {}, (r) => seen.push(r.map((x) => x.label).join()));
    await vi.runAllTimersAsync();
    search.query('rue de la paix', {}, (r) => seen.push(r.map((x) => x.label).join()));
    await vi.runAllTimersAsync();
    expect(seen).toEqual(['', 'back']);
  });

  it('refuses a provider without search, with a saisie: message', () => {
    expect(() => createSuggestionSearch({} as AddressProvider)).toThrow(/^saisie: /);
  });
});
