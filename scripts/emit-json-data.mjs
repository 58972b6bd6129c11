// After the ESM build: writes every lazy table as dist/data/<kind>/<key>.json for the script-tag build,
// by calling each built `dist/data/load-<kind>.js` loader on every key it lists; and drops the data modules' source
// maps (a map of a table only repeats the table, and points to sources that are not shipped). JSON holds no comment,
// so each table's provenance goes beside it: dist/data/SOURCES.md (src/data's, with the per-provider list of real
// mail domains) and dist/data/<kind>/SOURCES.md (scripts/generate-notices.mjs); the tables stay exactly what the
// loaders return.
import { copyFileSync, readdirSync, readFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { kindSources, NOTICES_FILE } from './generate-notices.mjs';

const dist = fileURLToPath(new URL('../dist/data/', import.meta.url));
const src = fileURLToPath(new URL('../src/data/', import.meta.url));
let files = 0;
const kinds = [];
for (const f of readdirSync(dist).filter((n) => /^load-[\w-]+\.js$/.test(n))) {
  const kind = f.slice(5, -3);
  const mod = await import(pathToFileURL(join(dist, f)).href);
  mkdirSync(join(dist, kind), { recursive: true });
  for (const key of mod.KEYS) {
    writeFileSync(join(dist, kind, key + '.json'), JSON.stringify(await mod.default(key)));
    files++;
  }
  writeFileSync(join(dist, kind, 'SOURCES.md'), kindSources(kind));
  kinds.push(kind);
}
writeFileSync(
  join(dist, 'SOURCES.md'),
  `<!-- Copied from src/data/SOURCES.md by scripts/emit-json-data.mjs. In this folder: ${kinds.map((k) => `${k}/<key>.json (provenance in ${k}/SOURCES.md)`).join(', ')}, written from the tables below; the *.json.js and *.js modules are the ESM build of src/data/. Licences in full: ${NOTICES_FILE} in the npm package saisie. -->\n` +
    readFileSync(join(src, 'SOURCES.md'), 'utf8'),
);
copyFileSync(join(src, 'email-real-domains.md'), join(dist, 'email-real-domains.md'));
let maps = 0;
for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
  const file = join(entry.parentPath ?? entry.path, entry.name);
  if (entry.isFile() && file.endsWith('.js.map')) {
    rmSync(file);
    maps++;
  } else if (entry.isFile() && file.endsWith('.js')) {
    const code = readFileSync(file, 'utf8');
    const kept = code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
    if (kept !== code) writeFileSync(file, kept);
  }
}
console.log(`emit-json-data: ${files} lazy tables written under dist/data/ (${kinds.length} kinds, each with its SOURCES.md), ${maps} data source maps dropped`);
