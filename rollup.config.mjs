// Builds the ESM modules (one file per source module, so bundlers tree-shake them), the script-tag
// IIFE `dist/saisie.min.js` (global `Saisie`), and the lazily loaded data chunks.
import { readFileSync, readdirSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import commonjs from '@rollup/plugin-commonjs';
import { esmBanner, scriptBanner } from './scripts/generate-notices.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
// React and Vue are optional peers: saisie/react and saisie/vue import them, nothing else does (.dependency-cruiser.cjs).
const deps = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
const external = (id) => id.startsWith('node:') || deps.some((d) => id === d || id.startsWith(d + '/'));
const ts = () => typescript({ tsconfig: './tsconfig.json', include: ['src/**/*.ts'], exclude: ['src/**/*.test.ts'], compilerOptions: { declaration: false, noEmit: false, outDir: undefined } });
// Ships the stylesheet as dist/saisie.css beside the modules.
const css = () => ({ name: 'saisie-css', generateBundle() { this.emitFile({ type: 'asset', fileName: 'saisie.css', source: readFileSync('src/dom/saisie.css', 'utf8') }); } });
const onwarn = (w, warn) => (w.code === 'CIRCULAR_DEPENDENCY' ? undefined : warn(w));
// Attribution (scripts/generate-notices.mjs, THIRD_PARTY_NOTICES): a /*! banner, kept by minifiers, on the script tag
// and on the ESM data modules that carry third-party data; a plain one on the ESM entries (see esmBanner).

// The plugins attach imports only when a form asks for them (src/dom/attach.ts, `later`). The script tag keeps
// them out of saisie.min.js: its import('./x.js') stays a real dynamic import, which a classic script resolves
// against its own URL, of the ES module dist/plugins/x.js built below.
// The providers and the HTTP verifier too (src/adapters/createLazy*.ts): a page without them never loads them.
const LAZY_MODULES = {
  addressAutocomplete: 'src/dom/addressAutocomplete.ts',
  countryCombobox: 'src/dom/countryCombobox.ts',
  followCountry: 'src/dom/followCountry.ts',
  verifyFields: 'src/dom/verifyFields.ts',
  providers: 'src/adapters/providers.ts',
  createHttpVerifier: 'src/adapters/createHttpVerifier.ts',
};
const lazyPlugins = () => ({
  name: 'saisie-lazy-plugins',
  resolveDynamicImport(specifier, importer) {
    const name = typeof specifier === 'string' && /[\\/]src[\\/](?:dom[\\/]attach|adapters[\\/]createLazy(?:Provider|Verifier))\.ts$/.test(importer ?? '') ? /^\.\/(\w+)\.js$/.exec(specifier)?.[1] : undefined;
    return name && name in LAZY_MODULES ? { id: `./plugins/${name}.js`, external: true } : null;
  },
});

export default [
  {
    // The lazy-data loaders are entries too, so that their KEYS survive for scripts/emit-json-data.mjs; `saisie/data`
    // (data/index) is the loader npm users pass to setDataLoader.
    input: {
      index: 'src/index.ts',
      node: 'src/node.ts',
      server: 'src/server.ts',
      schema: 'src/schema.ts',
      react: 'src/react.ts',
      vue: 'src/vue.ts',
      'data/index': 'src/data/index.ts',
      ...Object.fromEntries(readdirSync('src/data').filter((f) => /^load-[\w-]+\.ts$/.test(f)).map((f) => [`data/${f.slice(0, -3)}`, `src/data/${f}`])),
    },
    external,
    onwarn,
    plugins: [json({ preferConst: true }), ts(), css()],
    output: { dir: 'dist', format: 'es', importAttributesKey: 'with', preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js', sourcemap: true, banner: esmBanner },
  },
  {
    input: 'src/browser.ts',
    onwarn,
    plugins: [lazyPlugins(), resolve({ browser: true }), commonjs(), json({ preferConst: true, compact: true }), ts()],
    output: { file: 'dist/saisie.min.js', format: 'iife', name: 'Saisie', inlineDynamicImports: true, sourcemap: true, banner: scriptBanner(), plugins: [terser({ ecma: 2020, compress: { passes: 3 }, format: { comments: /^!/ } })] },
  },
  {
    // The script tag's lazy plugins (see lazyPlugins): ES modules sharing their common code in chunks; they get
    // the tables from saisie.min.js as arguments, so they hold no data.
    input: LAZY_MODULES,
    onwarn,
    plugins: [resolve({ browser: true }), commonjs(), json({ preferConst: true, compact: true }), ts()],
    output: { dir: 'dist/plugins', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'shared-[hash].js', sourcemap: true, banner: '/*! saisie (MIT): a plugin of saisie.min.js, loaded when a form asks for it */', plugins: [terser({ ecma: 2020, compress: { passes: 3 }, format: { comments: /^!/ } })] },
  },
];
