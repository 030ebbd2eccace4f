import { defineConfig } from 'vitest/config';

// Browser tests: playwright-core drives Debian's Chromium with the built extension loaded.
// One file at a time: each launches its own browser, and the machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-artifacts/e2e-results.json' },
  },
});
