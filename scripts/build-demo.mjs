// Builds the demo's React and Vue signup pages (demo/src → demo/build), as a site would build them: `saisie/*`
// resolved through this package's `exports` to the built dist/, JSX by esbuild, the .vue file by @vue/compiler-sfc
// (its template compiled here, so the page runs Vue's runtime-only build, which needs no eval under the CSP).
// Run by `npm run build`, after dist/ is built.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { compileScript, parse } from '@vue/compiler-sfc';
import { isMain } from './is-main.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** `saisie` and `saisie/x` as a user's bundler resolves them: through package.json's exports, to dist/. */
const saisie = {
  name: 'saisie-package',
  setup(b) {
    b.onResolve({ filter: /^saisie(?:\/|$)/ }, ({ path }) => {
      const entry = pkg.exports[path === 'saisie' ? '.' : `.${path.slice('saisie'.length)}`];
      const file = typeof entry === 'string' ? entry : entry?.default;
      return file ? { path: join(root, file) } : { errors: [{ text: `saisie: "${path}" is not exported by the package` }] };
    });
  },
};
/** Single-file components, compiled with their template inlined. */
const vue = {
  name: 'vue-sfc',
  setup(b) {
    b.onLoad({ filter: /\.vue$/ }, ({ path }) => {
      const { descriptor, errors } = parse(readFileSync(path, 'utf8'), { filename: path });
      if (errors.length) return { errors: errors.map((e) => ({ text: String(e.message ?? e) })) };
      const script = compileScript(descriptor, { id: path, inlineTemplate: true });
      return { contents: script.content, loader: 'js', resolveDir: dirname(path) };
    });
  },
};

/** Builds demo/build/signup-react.js and demo/build/signup-vue.js; resolves the output files. */
export async function buildDemo() {
  const result = await build({
    entryPoints: { 'signup-react': join(root, 'demo/src/signup-react.jsx'), 'signup-vue': join(root, 'demo/src/signup-vue.js') },
    outdir: join(root, 'demo/build'),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    jsx: 'automatic',
    sourcemap: true,
    legalComments: 'linked',
    logLevel: 'warning',
    metafile: true,
    define: { 'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
    plugins: [saisie, vue],
  });
  return Object.keys(result.metafile.outputs);
}

if (isMain(import.meta.url)) {
  const files = await buildDemo();
  console.log(`build-demo: ${files.filter((f) => f.endsWith('.js')).join(', ')}`);
}
