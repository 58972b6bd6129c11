import { defineConfig } from 'vitest/config';

// Integration tests against the built package in dist/ (run after `npm run build`).
export default defineConfig({
  test: { include: ['test/**/*.test.{ts,mjs}'], exclude: ['test/**/*.browser.test.ts', 'test/server.test.ts', 'test/server-frameworks.test.ts', 'test/schema.test.ts', 'test/browser.test.ts', 'test/sites.test.ts', 'test/react-browser.test.ts', 'test/react.test.ts', 'test/vue.test.ts', 'test/readme-frameworks.test.ts'], environment: 'node', testTimeout: 60000 },
});
