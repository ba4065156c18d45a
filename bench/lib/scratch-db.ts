import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { seedDemo } from '../../server/src/demo/seed-demo.js';
import { openDatabase, type OpenDatabase } from '../../server/src/platform/db/database.js';
import { prepareDatabase } from '../../server/src/setup.js';

/** The province the benchmarks run in: Hồ Chí Minh City, as the demo and the tests. */
export const BENCH_PROVINCE = '79';

/** Where the PostgreSQL server is: BENCH_DATABASE_URL, or the local server the tests use. */
export const adminUrl = (): string => process.env.BENCH_DATABASE_URL ?? process.env.MOTCUA_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function urlOf(database: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface ScratchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A new, empty database `motcua_bench_<random>` on the server; `drop()` removes it (idempotent). */
export async function createScratchDatabase(): Promise<ScratchDatabase> {
  const name = `motcua_bench_${randomBytes(5).toString('hex')}`;
  await admin((c) => c.query(`create database ${name}`));
  let dropped = false;
  return {
    name,
    url: urlOf(name),
    drop: async () => {
      if (dropped) return;
      dropped = true;
      await admin((c) => c.query(`drop database if exists ${name} with (force)`));
    },
  };
}

/** Migrated, reference data loaded, province 79 provisioned and the demo accounts seeded: what `npm start` does. */
export async function prepareAndSeed(opened: OpenDatabase): Promise<void> {
  await prepareDatabase(opened.db);
  await seedDemo({ db: opened.db, provinceCode: BENCH_PROVINCE, actor: { kind: 'system', name: 'bench' }, requestId: 'bench-seed', now: () => new Date() });
}

export async function serverVersion(): Promise<string> {
  return admin(async (c) => (await c.query<{ v: string }>('select version() as v')).rows[0]!.v);
}

/** Opens the scratch database as the app does (pool of 10, the default of openConfiguredDatabase). */
export const openPostgres = (url: string): Promise<OpenDatabase> => openDatabase({ engine: 'postgres', url });
