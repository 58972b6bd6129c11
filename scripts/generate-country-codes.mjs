// Writes src/data/country-codes.json: every ISO 3166-1 alpha-2 code, from i18n-iso-countries' codes.json (MIT).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pkg = require('i18n-iso-countries/package.json');
const codes = JSON.parse(readFileSync(require.resolve('i18n-iso-countries/codes.json'), 'utf8')).map((c) => c[0]).sort();
// { codes: every ISO 3166-1 alpha-2 code, space-separated, sorted; aliases: codes people use that are not ISO 3166-1
// (the UK's own code, Greece's EU code) → their ISO code }. Provenance in src/data/SOURCES.md.
const out = JSON.stringify({ codes: codes.join(' '), aliases: { UK: 'GB', EL: 'GR' } }) + '\n';
writeFileSync(new URL('../src/data/country-codes.json', import.meta.url), out);
console.log(`country codes: ${codes.length} (i18n-iso-countries@${pkg.version})`);
