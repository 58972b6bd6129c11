// Writes src/data/country-codes.ts: every ISO 3166-1 alpha-2 code, from i18n-iso-countries' codes.json (MIT).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pkg = require('i18n-iso-countries/package.json');
const codes = JSON.parse(readFileSync(require.resolve('i18n-iso-countries/codes.json'), 'utf8')).map((c) => c[0]).sort();
const out = `// ISO 3166-1 alpha-2 codes. Source: i18n-iso-countries ${pkg.version} codes.json (MIT licence).
// Regenerate: node scripts/generate-country-codes.mjs (or npm run data).

/** Every ISO 3166-1 alpha-2 code, space-separated, sorted. */
export const COUNTRY_CODES = '${codes.join(' ')}';

/** Codes people use that are not ISO 3166-1 (the UK's own code, Greece's EU code), with their ISO code. */
export const COUNTRY_ALIASES: Readonly<Record<string, string>> = { UK: 'GB', EL: 'GR' };
`;
writeFileSync(new URL('../src/data/country-codes.ts', import.meta.url), out);
console.log(`country codes: ${codes.length}`);
