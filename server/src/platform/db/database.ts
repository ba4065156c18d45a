import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { CamelCasePlugin, Kysely, PostgresDialect, type Dialect, type Transaction } from 'kysely';
import pg from 'pg';
import { PGlitePool } from './pglite-pool.js';
import type { DB } from './schema.js';
import { customParsers } from './type-parsers.js';

export type Database = Kysely<DB>;
/** A transaction or the database: what store functions take, so callers choose the scope. */
export type Executor = Kysely<DB> | Transaction<DB>;
export type Engine = 'pglite' | 'postgres';

export interface OpenDatabase {
  db: Database;
  engine: Engine;
  close(): Promise<void>;
  /** The embedded engine itself (PGlite only): for dumps and backups. */
  pglite?: PGlite;
}

export type DatabaseTarget =
  | { engine: 'postgres'; url: string; poolSize?: number }
  | { engine: 'pglite'; dataDir?: string; loadDataDir?: Blob };

/**
 * Opens the platform database: a PostgreSQL server, or PGlite embedded in this process
 * (kept in `dataDir`, or in memory when none is given). Both go through Kysely's
 * PostgreSQL dialect, so every query runs the same code on both.
 */
export async function openDatabase(target: DatabaseTarget): Promise<OpenDatabase> {
  if (target.engine === 'postgres') {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: target.poolSize ?? 10,
      types: { getTypeParser: ((oid: number, format?: 'text' | 'binary') => customParsers[oid] ?? pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser },
    });
    // An idle connection can die (server restart, a dropped database); node-postgres then
    // emits 'error' on the pool, which would end the process unless handled. The pool
    // replaces the connection on next use.
    pool.on('error', (error) => console.warn(`PostgreSQL: an idle connection was lost: ${error.message}`));
    const db = createKysely(new PostgresDialect({ pool }));
    return { db, engine: 'postgres', close: () => db.destroy() };
  }
  if (target.dataDir) mkdirSync(target.dataDir, { recursive: true });
  const pglite = await PGlite.create({
    ...(target.dataDir ? { dataDir: target.dataDir } : {}),
    ...(target.loadDataDir ? { loadDataDir: target.loadDataDir } : {}),
    extensions: { pg_trgm },
    parsers: customParsers,
  });
  const db = createKysely(new PostgresDialect({ pool: new PGlitePool(pglite) }));
  return { db, engine: 'pglite', close: () => db.destroy(), pglite };
}

/** Columns are snake_case in SQL and camelCase in TypeScript; JSON documents keep their own keys. */
function createKysely(dialect: Dialect): Database {
  return new Kysely<DB>({ dialect, plugins: [new CamelCasePlugin({ maintainNestedObjectKeys: true })] });
}

/** Runs `work` in a transaction, or inside the caller's transaction when it already has one. */
export async function inTransaction<T>(executor: Executor, work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  if (executor.isTransaction) return work(executor as Transaction<DB>);
  return executor.transaction().execute(work);
}
