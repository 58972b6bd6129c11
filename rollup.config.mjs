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
const deps = Object.keys(pkg.dependencies ?? {});
const external = (id) => deps.some((d) => id === d || id.startsWith(d + '/'));
const ts = () => typescript({ tsconfig: './tsconfig.json', include: ['src/**/*.ts'], exclude: ['src/**/*.test.ts'], compilerOptions: { declaration: false, noEmit: false, outDir: undefined } });
// Ships the stylesheet as dist/saisie.css beside the modules.
const css = () => ({ name: 'saisie-css', generateBundle() { this.emitFile({ type: 'asset', fileName: 'saisie.css', source: readFileSync('src/dom/saisie.css', 'utf8') }); } });
const onwarn = (w, warn) => (w.code === 'CIRCULAR_DEPENDENCY' ? undefined : warn(w));
// Attribution (scripts/generate-notices.mjs, THIRD_PARTY_NOTICES): a /*! banner, kept by minifiers, on the script tag
// and on the ESM data modules that carry third-party data; a plain one on the ESM entries (see esmBanner).

export default [
  {
    // The lazy-data loaders are entries too, so that their KEYS survive for scripts/emit-json-data.mjs; `saisie/data`
    // (data/index) is the loader npm users pass to setDataLoader.
    input: {
      index: 'src/index.ts',
      node: 'src/node.ts',
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
    plugins: [resolve({ browser: true }), commonjs(), json({ preferConst: true, compact: true }), ts()],
    output: { file: 'dist/saisie.min.js', format: 'iife', name: 'Saisie', inlineDynamicImports: true, sourcemap: true, banner: scriptBanner(), plugins: [terser({ ecma: 2020, compress: { passes: 3 }, format: { comments: /^!/ } })] },
  },
];
