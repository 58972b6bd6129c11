// What a bundler pulls in: importing only checkEmail must not drag phone metadata or other rules along.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
// @ts-expect-error: plain ESM script without types
import { bundleSize } from '../scripts/check-size.mjs';

describe('tree-shaking of the ESM build', () => {
  it('checkEmail alone pulls in no phone metadata, address data or first names', async () => {
    const { code } = await bundleSize("export { checkEmail } from './dist/index.js';");
    expect(code).toMatch(/gmail/);
    expect(code).not.toMatch(/country_calling_codes|libphonenumber/);
    expect(code).not.toMatch(/%N%n%O%n%A/); // address formats
    expect(code).not.toMatch(/Mademoiselle|Signorina/); // civility tables
  });
  it('formatAddress alone pulls in no phone metadata', async () => {
    const { code } = await bundleSize("export { formatAddress } from './dist/index.js';");
    expect(code).not.toMatch(/country_calling_codes/);
  });
  // Issue 9: address suggestions and the country combobox cost nothing to a form that does not ask for them.
  const PROVIDER = /api-adresse\.data\.gouv\.fr|photon\.komoot\.io|FeatureCollection|saisie:address/;
  const COMBOBOX = /aria-activedescendant|ui\.country\.list|saisie-layout/;
  it('checkEmail alone pulls in no provider, combobox or layout code', async () => {
    const { code, lazy } = await bundleSize("export { checkEmail } from './dist/index.js';");
    expect(code).not.toMatch(PROVIDER);
    expect(code).not.toMatch(COMBOBOX);
    expect(lazy).toBe('');
  });
  it('attach without a provider loads no provider, combobox or layout code up front; they are lazy chunks', async () => {
    const { code, lazy } = await bundleSize("export { attach } from './dist/index.js';");
    expect(code).toMatch(/saisie-live/); // attach itself is there
    expect(code).not.toMatch(PROVIDER);
    expect(code).not.toMatch(/aria-activedescendant/);
    // The chunks a form with addressProvider / countryCombobox / layout loads: the measure can see them.
    expect(lazy).toMatch(/aria-activedescendant/);
    expect(lazy).toMatch(/saisie:address/);
  });
  it('the script tag keeps the combobox, the autocomplete UI and the providers in dist/plugins/, loaded on demand', () => {
    const tag = readFileSync(new URL('../dist/saisie.min.js', import.meta.url), 'utf8');
    expect(tag).not.toMatch(/aria-activedescendant/);
    expect(tag).toMatch(/import\("\.\/plugins\/addressAutocomplete\.js"\)/);
    // The BAN and Photon parsers too: they come with a page's first address search.
    expect(tag).not.toMatch(/osm_type/);
    expect(tag).toMatch(/import\("\.\/plugins\/providers\.js"\)/);
    expect(readFileSync(new URL('../dist/plugins/providers.js', import.meta.url), 'utf8')).toMatch(/osm_type/);
    expect(readFileSync(new URL('../dist/plugins/countryCombobox.js', import.meta.url), 'utf8')).toMatch(/^\/\*! saisie/);
  });
});
