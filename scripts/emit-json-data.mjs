// After the ESM build: writes every lazy table as dist/data/<kind>/<key>.json for the script-tag build,
// by calling each built `dist/data/load-<kind>.js` loader on every key it lists; and drops the data modules' source
// maps (a map of a table only repeats the table, and points to sources that are not shipped).
import { readdirSync, readFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = new URL('../dist/data/', import.meta.url);
let files = 0;
for (const f of readdirSync(dist).filter((n) => /^load-[\w-]+\.js$/.test(n))) {
  const kind = f.slice(5, -3);
  const mod = await import(pathToFileURL(join(dist.pathname, f)).href);
  mkdirSync(join(dist.pathname, kind), { recursive: true });
  for (const key of mod.KEYS) {
    writeFileSync(join(dist.pathname, kind, key + '.json'), JSON.stringify(await mod.default(key)));
    files++;
  }
}
let maps = 0;
for (const entry of readdirSync(dist.pathname, { recursive: true, withFileTypes: true })) {
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
console.log(`emit-json-data: ${files} lazy tables written under dist/data/, ${maps} data source maps dropped`);
