// Part of `npm run bench` (or alone: `node bench/format-phone.mjs`): the as-you-type phone formatter per keystroke,
// libphonenumber-js's AsYouType next to saisie's fast path (src/core/phone/formatDigitsAsYouType.ts), for FR, US, DE
// and GB numbers typed one character at a time. Timed twice: in this process, where the JIT makes both hot, and in a
// child `node --jitless`, whose interpreter-only cost is close to a browser's cold code at a person's typing pace
// (between two keys nothing gets optimized). Figures only: never fails.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import ts from 'typescript';

const require = createRequire(import.meta.url);
const { AsYouType } = require('libphonenumber-js/core');
const METADATA = require('libphonenumber-js/metadata.min.json'); // what the browser's up-front metadata is cut from
const TYPED = [['06 12 34 56 78', 'FR'], ['+33 6 12 34 56 78', 'FR'], ['(213) 373-4253', 'US'], ['030 901820', 'DE'], ['07400 123456', 'GB'], ['+44 7400 123456', 'GB']];

// The fast path straight from its TypeScript source (it imports types only), so no build is needed.
const source = readFileSync(new URL('../src/core/phone/formatDigitsAsYouType.ts', import.meta.url), 'utf8');
const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2020 } }).outputText;
const { formatDigitsAsYouType } = await import('data:text/javascript;base64,' + Buffer.from(js).toString('base64'));

const prefixes = TYPED.flatMap(([text, cc]) => [...text].map((_, i) => [text.slice(0, i + 1), cc]));
const CASES = {
  asYouType: (text, cc) => new AsYouType(cc, METADATA).input(text),
  fast: (text, cc) => formatDigitsAsYouType(text, cc, METADATA) ?? new AsYouType(cc, METADATA).input(text), // as format() does
};

/** Mean µs per call of each case on every keystroke of TYPED: the median of `rounds` rounds, the cases interleaved. */
function measure(rounds) {
  const means = Object.fromEntries(Object.keys(CASES).map((name) => [name, []]));
  for (let r = -Math.max(3, rounds >> 3); r < rounds; r++) { // the first rounds warm up (a JIT, or inline caches)
    for (const [name, fn] of Object.entries(CASES)) {
      const t0 = performance.now();
      for (const [text, cc] of prefixes) fn(text, cc);
      if (r >= 0) means[name].push(((performance.now() - t0) * 1000) / prefixes.length);
    }
  }
  const figures = Object.fromEntries(Object.entries(means).map(([name, m]) => [name, m.sort((a, b) => a - b)[m.length >> 1]]));
  figures.answered = prefixes.filter(([text, cc]) => formatDigitsAsYouType(text, cc, METADATA) !== undefined).length / prefixes.length;
  return figures;
}

if (process.argv.includes('--child')) {
  process.stdout.write(JSON.stringify(measure(40)));
} else {
  const hot = measure(400);
  const child = spawnSync(process.execPath, ['--jitless', fileURLToPath(import.meta.url), '--child'], { encoding: 'utf8' });
  let cold;
  try {
    cold = JSON.parse(child.stdout);
  } catch {
    console.log('\nnode --jitless child failed:', child.stderr.trim().split('\n').at(-1));
  }
  const f = (us) => us.toFixed(2).padStart(12);
  console.log(`\nas-you-type phone formatting, µs per keystroke (${prefixes.length} keystrokes: FR, US, DE, GB numbers typed one character at a time; min metadata)`);
  console.log('process'.padEnd(16) + '   AsYouType   fast path   ratio (AsYouType / fast path)');
  for (const [name, r] of [['node (JIT)', hot], ['node --jitless', cold]]) {
    if (r) console.log(name.padEnd(16) + f(r.asYouType) + f(r.fast) + `${(r.asYouType / r.fast).toFixed(1)}×`.padStart(12));
  }
  console.log(`fast path = formatDigitsAsYouType, else AsYouType (as formatPhoneAsYouType does); it answered ${(100 * hot.answered).toFixed(0)}% of these keystrokes itself`);
}
