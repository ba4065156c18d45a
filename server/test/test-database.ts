/**
 * Which database engine the integration tests run on (MOTCUA_TEST_DB=pglite|postgres) and
 * where the PostgreSQL server is (MOTCUA_TEST_DATABASE_URL).
 */
export type TestEngine = 'pglite' | 'postgres';

export function testEngine(): TestEngine {
  const engine = process.env.MOTCUA_TEST_DB ?? 'pglite';
  if (engine !== 'pglite' && engine !== 'postgres') throw new Error(`MOTCUA_TEST_DB must be pglite or postgres, got ${engine}`);
  return engine;
}

export const adminDatabaseUrl = (): string => process.env.MOTCUA_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export function databaseUrl(name: string): string {
  const url = new URL(adminDatabaseUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** The province the test template is provisioned and seeded for (Hồ Chí Minh City). */
export const TEST_PROVINCE = '79';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: path of the data-directory dump every test file starts from. */
    templateDump: string;
    /** PostgreSQL: the template database every test file copies. */
    templateDatabase: string;
  }
}
