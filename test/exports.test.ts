// The export surface of each entry, exactly: adding or removing a public name must be a visible decision.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

const CORE = [
  'ISSUE_CODES',
  'attach',
  'checkCivility',
  'checkEmail',
  'checkPhone',
  'checkPostalCode',
  'checkPostalCity',
  'getCommunesForPostalCode',
  'loadFrPostal',
  'getAddressLayout',
  'searchCountries',
  'createBanProvider',
  'createPhotonProvider',
  'createJsonProvider',
  'createHttpVerifier',
  'formatAddress',
  'formatAddressResult',
  'formatPhoneAsYouType',
  'createForm',
  'defineIssueCodes',
  'createSaisie',
  'createTables',
  'createMessageBook',
  'createPhoneData',
  'createEmailData',
  'createCivilityData',
  'createCountryData',
  'createAddressData',
  'findCountry',
  'getAddressFormat',
  'getCountryName',
  'loadCountryNames',
  'loadDisposableDomains',
  'loadFirstNames',
  'loadPhoneMetadata',
  'parseMailbox',
  'registerMessages',
  'setDataLoader',
];

describe('export surface', () => {
  it('browser ESM entry (dist/index.js)', async () => {
    const mod = await import('../dist/index.js');
    expect(Object.keys(mod).sort()).toEqual([...CORE].sort());
  });
  it('Node entry (dist/node.js) has the same names', async () => {
    const mod = await import('../dist/node.js');
    expect(Object.keys(mod).sort()).toEqual([...CORE].sort());
  });
  it('saisie/server (dist/server.js): the reference verification backend', async () => {
    const mod = await import('../dist/server.js');
    expect(Object.keys(mod).sort()).toEqual(['SERVER_HELP', 'createVerifyHandler', 'readServerConfig', 'startSaisieServer']);
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(pkg.exports['./server']).toEqual({ types: './dist/server.d.ts', default: './dist/server.js' });
    expect(pkg.bin['saisie-server']).toBe('./bin/saisie-server.mjs');
  });
  it('saisie/schema (dist/schema.js): Standard Schema v1 schemas; the root entry does not pull it in', async () => {
    const mod = await import('../dist/schema.js');
    expect(Object.keys(mod).sort()).toEqual(['email', 'phone', 'postalCode', 'saisieSchema']);
    expect(mod.email()['~standard']).toMatchObject({ version: 1, vendor: 'saisie' });
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(pkg.exports['./schema']).toEqual({ types: './dist/schema.d.ts', default: './dist/schema.js' });
    expect(readFileSync(new URL('../dist/index.js', import.meta.url), 'utf8')).not.toMatch(/schema/);
  });
  it('saisie/react and saisie/vue (dist/react.js, dist/vue.js): the adapters, with React and Vue as optional peers', async () => {
    expect(Object.keys(await import('../dist/react.js')).sort()).toEqual(['SaisieMessage', 'SaisieSummary', 'usePhoneInput', 'useSaisieForm']);
    expect(Object.keys(await import('../dist/vue.js')).sort()).toEqual(['SaisieMessage', 'SaisieSummary', 'useSaisieForm', 'vSaisie']);
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(pkg.exports['./react']).toEqual({ types: './dist/react.d.ts', default: './dist/react.js' });
    expect(pkg.exports['./vue']).toEqual({ types: './dist/vue.d.ts', default: './dist/vue.js' });
    expect(pkg.peerDependenciesMeta).toEqual({ react: { optional: true }, vue: { optional: true } });
    expect(Object.keys(pkg.dependencies)).not.toContain('react');
    expect(Object.keys(pkg.dependencies)).not.toContain('vue');
  });
  it('the root entries and the script tag pull in neither React nor Vue', () => {
    // Every module the root entries reach through their static and dynamic imports, and what each imports by bare name.
    const bare = new Set<string>();
    const seen = new Set<string>();
    const walk = (url: URL) => {
      if (seen.has(url.href)) return;
      seen.add(url.href);
      const code = readFileSync(url, 'utf8');
      for (const m of code.matchAll(/(?:\bfrom|\bimport\s?\(?)\s*['"]([^'"]+)['"]/g)) {
        const spec = m[1]!;
        if (spec.startsWith('.')) walk(new URL(spec, url));
        else bare.add(spec.split('/')[0]!);
      }
    };
    for (const entry of ['index.js', 'node.js', 'schema.js', 'data/index.js']) walk(new URL(`../dist/${entry}`, import.meta.url));
    expect(seen.size).toBeGreaterThan(50);
    expect([...bare].filter((b) => /^(?:react|react-dom|vue|@vue)$/.test(b))).toEqual([]);
    expect(bare).toContain('libphonenumber-js'); // the walk does see bare imports
    const script = readFileSync(new URL('../dist/saisie.min.js', import.meta.url), 'utf8');
    expect(script).not.toMatch(/useSyncExternalStore|__VUE|onScopeDispose/);
  });
  it('the package resolves "saisie" to the Node entry under Node', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(pkg.exports['.'].node).toBe('./dist/node.js');
    expect(Object.keys(pkg.exports['.'])[0]).toBe('types');
    expect(Object.keys(pkg.exports['.']).at(-1)).toBe('default');
  });
  it('script tag (dist/saisie.min.js) defines the global Saisie', () => {
    const code = readFileSync(new URL('../dist/saisie.min.js', import.meta.url), 'utf8');
    const context: Record<string, unknown> = { URL, fetch: () => Promise.reject(new Error('no network in this test')) };
    vm.runInNewContext(code, context);
    const saisie = context.Saisie as Record<string, unknown>;
    expect(Object.keys(saisie).sort()).toEqual([...CORE, 'autoAttach'].sort());
    expect((saisie.checkEmail as (s: string) => { valid: boolean })('jean@example.fr').valid).toBe(true);
  });
});
