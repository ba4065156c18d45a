import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure functions, no database) and `integration` (HTTP + a real
 * database). The integration project runs once per database engine; the engine is chosen
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
    ],
  },
});
