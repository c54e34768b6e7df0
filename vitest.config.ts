import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'tests/build/**', 'tests/publish/daily-rebuild.test.ts', 'node_modules/**'],
        },
      },
      {
        // Builds real sites with the real orchestrator: slower, so they run one file at a time (the daily
        // rebuild's two builds included: on 2 cores, builds side by side only slow each other down).
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts', 'tests/publish/daily-rebuild.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        // Real Chromium over the built sample site (dist/); see tests/e2e/README.md.
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
