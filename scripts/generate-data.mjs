// `npm run data`: regenerates every table in src/data from the npm-installed sources, one script per family.
import { readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const here = new URL('.', import.meta.url).pathname;
for (const f of readdirSync(here).filter((n) => /^generate-.+\.mjs$/.test(n) && n !== 'generate-data.mjs').sort()) {
  console.log(`data: ${f}`);
  execFileSync(process.execPath, [here + f], { stdio: 'inherit' });
}
