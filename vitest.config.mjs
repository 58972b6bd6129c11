import { defineConfig } from 'vitest/config';

// Unit tests live beside the code; jsdom tests opt in with `// @vitest-environment jsdom`.
export default defineConfig({
  // test/react and test/vue run the README's framework quick starts against the sources, in jsdom.
  test: { include: ['src/**/*.test.ts', 'test/react.test.ts', 'test/vue.test.ts'], environment: 'node', testTimeout: 20000 },
});
