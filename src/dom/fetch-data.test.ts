// The script tag's loader: only known kinds and keys become URLs, resolved against the script's own address.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFetchLoader } from './fetch-data.js';
import { DATA_KEYS } from '../data/data-keys.js';
import { KEYS as FIRST_NAMES } from '../data/load-first-names.js';
import { KEYS as COUNTRY_NAMES } from '../data/load-country-names.js';
import { KEYS as DISPOSABLE } from '../data/load-disposable.js';
import { KEYS as PHONE } from '../data/load-phone.js';
import { KEYS as SUBREGIONS } from '../data/load-subregions.js';
import { KEYS as FR_POSTAL } from '../data/load-fr-postal.js';
import CORE from '../data/phone-metadata-core.json' with { type: 'json' };

afterEach(() => vi.unstubAllGlobals());

describe('createFetchLoader', () => {
  it('fetches data/<kind>/<key>.json beside the script, for known keys only', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', (url: URL) => (asked.push(String(url)), Promise.resolve({ ok: true, json: () => Promise.resolve({ m: 'a', f: 'b' }) })));
    const load = createFetchLoader('https://cdn.example/saisie/1.0/saisie.min.js', DATA_KEYS);
    expect(await load('first-names', 'fr')).toEqual({ m: 'a', f: 'b' });
    for (const [kind, key] of [['first-names', '../../secret'], ['first-names', 'xx'], ['first-names', 'fr/../../x'], ['../x', 'fr'], ['toString', 'fr'], ['constructor', 'fr'], ['phone', 'FR']]) {
      expect(await load(kind!, key!)).toBeUndefined();
    }
    expect(asked).toEqual(['https://cdn.example/saisie/1.0/data/first-names/fr.json']);
  });
  it('resolves undefined on a failed request, bad JSON, or without a script address', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve({ ok: false }));
    expect(await createFetchLoader('https://x.example/saisie.min.js', DATA_KEYS)('disposable', 'all')).toBeUndefined();
    vi.stubGlobal('fetch', () => Promise.resolve({ ok: true, json: () => Promise.reject(new SyntaxError('bad')) }));
    expect(await createFetchLoader('https://x.example/saisie.min.js', DATA_KEYS)('disposable', 'all')).toBeUndefined();
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')));
    expect(await createFetchLoader('https://x.example/saisie.min.js', DATA_KEYS)('disposable', 'all')).toBeUndefined();
    expect(await createFetchLoader(undefined, DATA_KEYS)('disposable', 'all')).toBeUndefined();
  });
  it('knows exactly the keys that ship (src/data/load-*.ts)', () => {
    expect(DATA_KEYS).toEqual({ 'first-names': FIRST_NAMES, 'country-names': COUNTRY_NAMES, disposable: DISPOSABLE, subregions: SUBREGIONS, 'fr-postal': FR_POSTAL });
    const regions = Object.values((CORE as { country_calling_codes: Record<string, string[]> }).country_calling_codes).flat().filter((r) => r !== '001');
    expect([...new Set(regions)].sort()).toEqual([...PHONE].sort());
  });
});
