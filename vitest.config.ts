import { defineConfig } from 'vitest/config';

/**
 * Three projects: `unit` (pure functions, no database), `integration` (HTTP + a real
 * database) and `e2e` (Chromium driving the built web app; see docs/web.md). The
 * integration project runs once per database engine; the engine is chosen
 * by MOTCUA_TEST_DB (pglite | postgres), see scripts/test-integration.ts.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['server/**/*.unit.test.ts', 'scripts/**/*.unit.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['server/**/*.test.ts'],
          exclude: ['server/**/*.unit.test.ts'],
          environment: 'node',
          globalSetup: ['server/test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['server/test/global-setup.ts', 'e2e/support/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          // Each file runs a server and a Chromium; two at a time suits a 2-core machine.
          maxWorkers: 2,
          // A browser step can miss under CI load (a click during an animation); a test that
          // fails twice fails the build, and every failure leaves a screenshot
          // (test-results/screenshots/failed-*.png). Vitest prints retried tests.
          retry: 1,
        },
      },
    ],
  },
});
