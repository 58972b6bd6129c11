// `npm run data`: regenerates every table in src/data from the npm-installed sources, one script per family, and
// THIRD_PARTY_NOTICES (scripts/generate-notices.mjs).
import { readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
for (const f of readdirSync(here).filter((n) => /^generate-.+\.mjs$/.test(n) && n !== 'generate-data.mjs').sort()) {
  console.log(`data: ${f}`);
  execFileSync(process.execPath, [join(here, f)], { stdio: 'inherit' });
}
