// Bundles a README snippet for test/readme-frameworks.test.ts, in its own Node process (esbuild refuses jsdom's
// TextEncoder): `saisie/*` resolved to the project's sources, the frameworks left as imports of the test's own copies.
// stdin: { code, loader, out }; writes the ES module to `out`.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const { code, loader, out } = JSON.parse(readFileSync(0, 'utf8'));
const SAISIE = { saisie: 'src/index.ts', 'saisie/data': 'src/data/index.ts', 'saisie/react': 'src/react.ts', 'saisie/vue': 'src/vue.ts', 'saisie/schema': 'src/schema.ts', 'saisie/saisie.css': 'src/dom/saisie.css' };
await build({
  stdin: { contents: code, loader, resolveDir: root, sourcefile: `snippet.${loader}` },
  outfile: out,
  bundle: true, format: 'esm', platform: 'browser', jsx: 'automatic', logLevel: 'error',
  loader: { '.css': 'empty' },
  external: ['react', 'react/*', 'react-dom', 'vue', 'react-hook-form', '@hookform/resolvers/*'],
  plugins: [{
    name: 'saisie-sources',
    setup(b) {
      b.onResolve({ filter: /^saisie(?:\/|$)/ }, (a) => (SAISIE[a.path] ? { path: `${root}/${SAISIE[a.path]}` } : { errors: [{ text: `not in the package: ${a.path}` }] }));
    },
  }],
});
