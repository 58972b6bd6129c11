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
