import { defineConfig } from 'vitest/config';

// Four kinds of test, chosen by file name:
//   unit   src/**/*.test.ts, scripts/**/*.test.ts  pure logic, no build needed
//   components  src/components/**/*.container.test.ts  MDX components via the Container API
//               (vitest.components.config.ts: Astro's Vite setup, for astro:content)
//   sync   tests/**/*.sync.test.ts                 runs Astro on a copy of the project; no dist/
//   build  tests/**/*.build.test.ts                reads the built dist/
//   e2e    tests/**/*.e2e.test.ts                  Debian's Chromium over dist/
export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      'vitest.components.config.ts',
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['src/**/*.container.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'sync',
          include: ['tests/**/*.sync.test.ts'],
          environment: 'node',
          // Each test copies the project and runs astro sync or build in it.
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/**/*.build.test.ts'],
          globalSetup: ['tests/support/require-dist.ts'],
          // These parse every built page (over 500): on a busy two-core machine the
          // first test of a file, which parses them, can pass 5 s. Not a speed target.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/**/*.e2e.test.ts'],
          globalSetup: ['tests/support/require-dist.ts', 'tests/support/require-chromium.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser at a time: these machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
