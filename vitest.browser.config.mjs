import { defineConfig } from 'vitest/config';

// Real-browser tests: the demo pages in Debian's Chromium through playwright-core (run after `npm run build`).
export default defineConfig({
  test: { include: ['test/browser.test.ts', 'test/sites.test.ts', 'test/react-browser.test.ts', 'test/combobox.browser.test.ts', 'test/address.browser.test.ts', 'test/layout.browser.test.ts', 'test/verify.browser.test.ts', 'test/parity.browser.test.ts'], environment: 'node', testTimeout: 60000, hookTimeout: 60000, fileParallelism: false },
});
