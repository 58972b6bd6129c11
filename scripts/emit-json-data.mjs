// After the ESM build: writes every lazy table as dist/data/<kind>/<key>.json for the script-tag build,
// by calling each built `dist/data/load-<kind>.js` loader on every key it lists.
import { readdirSync, mkdirSync, writeFileSync } from 'node:fs';
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
console.log(`emit-json-data: ${files} lazy tables written under dist/data/`);
