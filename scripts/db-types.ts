/**
 * Regenerates server/src/platform/db/schema.ts (the Kysely types) from the migrated
 * schema: migrates a scratch PostgreSQL database and introspects it with kysely-codegen.
 * `--verify` fails when the committed file is out of date (CI runs it).
 *
 * Uses MOTCUA_TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test) to reach a server.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { migrateToLatest } from '../server/src/platform/db/migrate.js';

const adminUrl = process.env.MOTCUA_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const scratch = `motcua_codegen_${process.pid}`;
const scratchUrl = withDatabase(adminUrl, scratch);

const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`create database ${scratch}`);
try {
  const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: scratchUrl, max: 1 }) }) });
  await migrateToLatest(db);
  await sql`select 1`.execute(db);
  await db.destroy();
  const args = [
    'kysely-codegen', '--url', scratchUrl, '--camel-case', '--date-parser', 'string',
    '--type-mapping', '{"int8":"number"}', '--exclude-pattern', 'kysely_*',
    '--out-file', join(import.meta.dirname, '../server/src/platform/db/schema.ts'),
  ];
  if (process.argv.includes('--verify')) args.push('--verify');
  execFileSync('npx', args, { stdio: 'inherit' });
} finally {
  await admin.query(`drop database if exists ${scratch} with (force)`);
  await admin.end();
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
