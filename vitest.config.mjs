import { defineConfig } from 'vitest/config';

// Unit tests live beside the code; jsdom tests opt in with `// @vitest-environment jsdom`.
export default defineConfig({
  test: { include: ['src/**/*.test.ts'], environment: 'node', testTimeout: 20000 },
});
