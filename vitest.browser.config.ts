import { defineConfig } from 'vitest/config';

// `npm run test:browser`: the reports rendered in a real headless Chromium (Debian's `chromium`, driven by puppeteer-core).
export default defineConfig({
  test: {
    include: ['test/browser/**/*.browser.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
