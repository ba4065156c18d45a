/**
 * Runs the integration tests on both database engines: embedded PGlite, then a PostgreSQL
 * server (MOTCUA_TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test), and
 * checks on the server that the committed Kysely types match the migrated schema.
 *
 * Without a reachable server the PostgreSQL run is skipped with a warning, unless
 * MOTCUA_REQUIRE_POSTGRES=1 (CI), where a skipped run is a failure.
 */
import { spawnSync } from 'node:child_process';
import pg from 'pg';

const url = process.env.MOTCUA_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const required = process.env.MOTCUA_REQUIRE_POSTGRES === '1';
const extraArgs = process.argv.slice(2);

function run(command: string, args: string[], env: Record<string, string>): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const vitest = ['node_modules/vitest/vitest.mjs', 'run', '--project', 'integration', ...extraArgs];

console.log('\n=== integration tests on PGlite (embedded) ===');
run(process.execPath, vitest, { MOTCUA_TEST_DB: 'pglite' });

if (!(await postgresReachable())) {
  const message = `PostgreSQL is not reachable at ${url}`;
  if (required) {
    console.error(`\n${message}, and MOTCUA_REQUIRE_POSTGRES=1: failing.`);
    process.exit(1);
  }
  console.warn(`\n!!! ${message}: the PostgreSQL run is SKIPPED. Set MOTCUA_TEST_DATABASE_URL to run it. !!!\n`);
  process.exit(0);
}

console.log('\n=== integration tests on PostgreSQL ===');
run(process.execPath, vitest, { MOTCUA_TEST_DB: 'postgres', MOTCUA_TEST_DATABASE_URL: url });
console.log('\n=== Kysely types match the migrated schema ===');
run(process.execPath, ['--import', 'tsx', 'scripts/db-types.ts', '--verify'], { MOTCUA_TEST_DATABASE_URL: url });
