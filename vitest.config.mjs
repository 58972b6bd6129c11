import { defineConfig } from 'vitest/config';

// Unit tests live beside the code; jsdom tests opt in with `// @vitest-environment jsdom`.
export default defineConfig({
  // test/react and test/vue run the README's framework quick starts against the sources, in jsdom; test/server
  // runs saisie-server's handler from the sources over real HTTP.
  test: { include: ['src/**/*.test.ts', 'test/react.test.ts', 'test/vue.test.ts', 'test/server.test.ts', 'test/server-frameworks.test.ts', 'test/schema.test.ts', 'test/readme-frameworks.test.ts'], environment: 'node', testTimeout: 20000 },
});
