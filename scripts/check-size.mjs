// Size budgets, checked in CI after `npm run build`: bundles what a user imports, minifies and gzips it.
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isMain } from './is-main.mjs';

// A file path (spaces and accents as they are), wherever the script is run from.
const root = fileURLToPath(new URL('..', import.meta.url));
const KB = 1024;
export const BUDGETS = [
  // Issue 7's promise: a checkEmail-only import no bigger than before data was injected (5,681 bytes at 2ea6dc5).
  // Raise it only with the reason, as for the others.
  { name: 'ESM import { checkEmail }', code: "export { checkEmail } from './dist/index.js';", max: 5681 },
  { name: 'ESM import { checkPostalCode, formatAddress }', code: "export { checkPostalCode, formatAddress } from './dist/index.js';", max: 12 * KB },
  { name: 'ESM import { checkCivility }', code: "export { checkCivility } from './dist/index.js';", max: 8 * KB },
  { name: 'ESM import { checkPhone, formatPhoneAsYouType }', code: "export { checkPhone, formatPhoneAsYouType } from './dist/index.js';", max: 40 * KB },
  // The form binding on its own (rules, European phone metadata, discovery in five languages, constraints, plugins).
  // 63 KB since issue 9 (+3 KB): the French postal code ↔ city rule, its one-commune city fill and messages in five
  // languages; the combobox, address autocomplete and layout plugins are lazy chunks, not counted.
  { name: 'ESM import { attach }', code: "export { attach } from './dist/index.js';", max: 63 * KB },
  // Raised from 50 KB when attach took over native constraint validation, multilingual field discovery and the
  // plugin interface (issue 6), then by 3 KB for the as-you-type fast path (formatDigitsAsYouType, 2.2 KB: 8–11×
  // less time per keystroke than libphonenumber's AsYouType); the 69-region phone metadata bound up front (8 KB)
  // is the next thing to move out (issue 7). 64 KB since issue 8 (+3.8 KB): phone extensions and vanity numbers
  // read apart from the number, as-you-type formatting that keeps every character (+1.5 KB); every address field
  // kept, postal prefixes, AFNOR wrapping and formatAddressResult's overflow messages in five languages (+2.4 KB).
  // 70 KB since issue 9 (+5.5 KB): attach's +3 KB, the three address providers and searchCountries, getAddressLayout.
  // 72 KB since issue 10 (+1.8 KB): createHttpVerifier and attach's verification hook (the plugin itself is a lazy chunk).
  { name: 'ESM import * (browser entry)', code: "export * from './dist/index.js';", max: 72 * KB },
  // The framework adapters (issue 11), React and Vue themselves not counted: the form controller, the rules by role
  // and the phone metadata up front, but none of attach's DOM binding (discovery, rendering, the summary). 60 KB with
  // what a new user's trial asked for: checkboxes and radio groups, the pointer hold, reset(), the live region.
  { name: 'ESM saisie/react (hook, SaisieMessage)', code: "export { useSaisieForm, SaisieMessage } from './dist/react.js';", max: 60 * KB },
  { name: 'ESM saisie/vue (hook, vSaisie, SaisieMessage)', code: "export { useSaisieForm, vSaisie, SaisieMessage } from './dist/vue.js';", max: 60 * KB },
];
// 59 KB until issue 7 added the configuration API to the global (createSaisie, createTables, create*Data:
// +0.6 KB), the script tag's own fetch loader with its known keys, and short country names (États-Unis: +0.2 KB).
// The next lever is the up-front phone metadata (69 regions, 8 KB), which could come through the loader.
// 65 KB since issue 8: the same +3.8 KB as the browser entry, and the /*! licence banner (0.35 KB) that names the
// third-party code and data inside.
// 71 KB since issue 9 (+5.4 KB): the postal code ↔ city rule and fill (+2 KB), the functions every entry exports
// (searchCountries, getAddressLayout, checkPostalCity…), the providers' option checks. The combobox, the
// autocomplete UI, the layout plugin and the providers themselves (about 14 KB gzip) load from dist/plugins/ only on
// forms that ask for them.
// 71.5 KB since issue 10 (+0.75 KB): attach's verification hook (the bounded submit wait, one request per value,
// late verdicts announced), data-saisie-verify-url and createHttpVerifier's option checks; the verifier and the
// verification plugin themselves (about 4 KB gzip) load from dist/plugins/ on forms with a verify URL.
const SCRIPT_TAG_MAX = 71.5 * KB;

/** Minified, gzipped size of what an ESM module's browser bundle loads up front (`lazy`: the code of its dynamic imports). */
let entries = 0;
export async function bundleSize(code) {
  const dir = mkdtempSync(join(tmpdir(), 'saisie-size-'));
  // Beside dist/ (the code imports './dist/…'), one name per call: a test may measure while this script runs.
  const entry = join(root, `__size_entry_${process.pid}_${entries++}__.mjs`);
  writeFileSync(entry, code);
  try {
    // React and Vue are the page's own (optional peers): not counted.
    const external = (id) => /^(?:react|react-dom|vue)(?:\/|$)/.test(id);
    const bundle = await rollup({ input: entry, external, plugins: [resolve({ browser: true }), commonjs(), json({ preferConst: true, compact: true })], onwarn: () => {} });
    const { output } = await bundle.generate({ format: 'es', dir, plugins: [terser()] });
    // What loads up front: the entry and every chunk it imports statically (a bundler that splits the lazy plugins
    // out may also move shared code into a chunk of its own); dynamic imports load later and are not counted.
    const chunks = new Map(output.filter((o) => o.type === 'chunk').map((o) => [o.fileName, o]));
    const seen = new Set();
    const visit = (name) => {
      if (seen.has(name) || !chunks.has(name)) return;
      seen.add(name);
      for (const i of chunks.get(name).imports) visit(i);
    };
    visit(output.find((o) => o.type === 'chunk' && o.isEntry).fileName);
    const code = [...seen].map((n) => chunks.get(n).code).join('\n');
    const lazy = [...chunks.keys()].filter((n) => !seen.has(n)).map((n) => chunks.get(n).code).join('\n');
    return { gzip: gzipSync(code, { level: 9 }).length, raw: code.length, code, lazy };
  } finally {
    rmSync(entry, { force: true });
    rmSync(dir, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) {
  // A size check that checks nothing fails: no build is an error, never a pass (a bundle that fails throws: exit 1).
  const missing = ['dist/index.js', 'dist/saisie.min.js'].filter((f) => !existsSync(join(root, f)));
  if (missing.length) {
    console.error(`size: nothing to measure in ${root} (missing ${missing.join(', ')}): run npm run build first`);
    process.exit(1);
  }
  let failed = 0;
  for (const b of BUDGETS) {
    const { gzip } = await bundleSize(b.code);
    const ok = gzip <= b.max;
    if (!ok) failed++;
    console.log(`${ok ? 'ok  ' : 'OVER'} ${b.name.padEnd(50)} ${(gzip / KB).toFixed(2).padStart(6)} KB gzip (budget ${+(b.max / KB).toFixed(2)} KB)`);
  }
  const iife = gzipSync(readFileSync(join(root, 'dist/saisie.min.js')), { level: 9 }).length;
  const ok = iife <= SCRIPT_TAG_MAX;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${'dist/saisie.min.js (script tag, up front)'.padEnd(50)} ${(iife / KB).toFixed(2).padStart(6)} KB gzip (budget ${SCRIPT_TAG_MAX / KB} KB)`);
  if (failed) {
    console.error(`size: ${failed} budget(s) exceeded`);
    process.exit(1);
  }
  console.log(`size: ${BUDGETS.length + 1} budgets checked, all within`);
}
