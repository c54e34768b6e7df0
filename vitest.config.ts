import { defineConfig } from 'vitest/config';

// Three layers (`npm run test:unit`, `test:build`, `test:e2e`; `npm test` runs all): tests mirror src/.
export default defineConfig({
  test: {
    projects: [
      {
        // Pure modules with inline fixtures: seconds, no build, no browser.
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'tests/**/*.build.test.ts', 'node_modules/**'],
        },
      },
      {
        // `*.build.test.ts` build real sites with the real orchestrator: slower, so they run one file at a time
        // (on 2 cores, builds side by side only slow each other down).
        test: {
          name: 'build',
          include: ['tests/**/*.build.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        // Real Chromium over the built sample site (see tests/e2e/README.md); its global setup installs or
        // reports Chromium.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
