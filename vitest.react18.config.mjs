import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// saisie/react's tests again on React 18 (the project's own React is 19): `react` and `react-dom` resolve to the
// react-dom-18 devDependency and the React 18 that package.json's overrides give it, for the sources and for
// @testing-library/react and React Hook Form (inlined, so that they resolve through these aliases too).
const dom = fileURLToPath(new URL('./node_modules/react-dom-18', import.meta.url));
const react = `${dom}/node_modules/react`;
export default defineConfig({
  resolve: {
    alias: [
      { find: /^react$/, replacement: react },
      { find: /^react\/(.*)$/, replacement: `${react}/$1` },
      { find: /^react-dom$/, replacement: dom },
      { find: /^react-dom\/(.*)$/, replacement: `${dom}/$1` },
    ],
  },
  test: {
    include: ['src/react/*.test.ts'],
    environment: 'node',
    env: { SAISIE_REACT_MAJOR: '18' },
    server: { deps: { inline: ['@testing-library/react', 'react-hook-form'] } },
    testTimeout: 20000,
  },
});
