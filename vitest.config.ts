import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// Unit tests: the engine (Node + jsdom documents made by the tests), components (happy-dom,
// chosen per file with `// @vitest-environment happy-dom`) and storage (WXT's fake browser).
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    // browser.i18n.getMessage serves locales/en.yml (tests/i18n/fake-messages.ts).
    setupFiles: ['tests/i18n/setup.ts'],
    testTimeout: 30_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-artifacts/unit-results.json' },
  },
});
