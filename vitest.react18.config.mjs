import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// saisie/react's tests again on React 18 (the project's own React is 19): `react` and `react-dom` resolve to the
// React 18 of the test/react18 workspace, for the sources and for @testing-library/react and React Hook Form (inlined,
// so that they resolve through these aliases too, and everything shares one React).
const modules = fileURLToPath(new URL('./test/react18/node_modules', import.meta.url));
// Its ES module build: the CommonJS one would require() the project's React 19 past the aliases.
const testingLibrary = fileURLToPath(new URL('./node_modules/@testing-library/react/dist/@testing-library/react.esm.js', import.meta.url));
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@testing-library\/react$/, replacement: testingLibrary },
      { find: /^react$/, replacement: `${modules}/react` },
      { find: /^react\/(.*)$/, replacement: `${modules}/react/$1` },
      { find: /^react-dom$/, replacement: `${modules}/react-dom` },
      { find: /^react-dom\/(.*)$/, replacement: `${modules}/react-dom/$1` },
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
