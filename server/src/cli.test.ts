import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { adminDatabaseUrl, databaseUrl, testEngine } from '../test/test-database.js';
import { projectRoot } from './platform/paths.js';

const run = promisify(execFile);

/** A brand-new empty database for the CLI: a PGlite directory or a PostgreSQL database. */
async function emptyDatabaseEnv(): Promise<{ env: Record<string, string>; cleanup: () => Promise<void> }> {
  if (testEngine() === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-cli-'));
    return { env: { MOTCUA_DATA_DIR: dir }, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `motcua_cli_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminDatabaseUrl() });
  await admin.connect();
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  return {
    env: { DATABASE_URL: databaseUrl(name) },
    cleanup: async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

const database = await emptyDatabaseEnv();
afterAll(() => database.cleanup());

async function motcua(...args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'server/src/main.ts', ...args], {
      cwd: projectRoot,
      env: { ...process.env, ...database.env, MOTCUA_PROVINCE: '20', LOG_LEVEL: 'silent' },
    });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

describe('the motcua command line, on an empty database', () => {
  it('migrates, provisions a province, creates its first administrator, and verifies the audit log', async () => {
    expect(await motcua('migrate')).toMatchObject({ code: 0, out: expect.stringContaining('up to date') });
    expect(await motcua('provision')).toMatchObject({ code: 0, out: expect.stringMatching(/created 208 agencies and [1-9]\d+ procedures/) });
    expect(await motcua('provision')).toMatchObject({ code: 0, out: expect.stringContaining('created 0 agencies and 0 procedures') });
    const created = await motcua('admin', 'create', '--username', 'quantri', '--name', 'Hoàng Văn Thụ', '--password', 'lang-son-2026-ok');
    expect(created).toMatchObject({ code: 0, out: expect.stringContaining('20.UBND') });
    expect((await motcua('admin', 'create', '--username', 'quantri', '--name', 'X Y', '--password', 'lang-son-2026-ok')).code).toBe(1);
    expect(await motcua('audit', 'verify')).toMatchObject({ code: 0, out: expect.stringContaining('intact: 3 entries') });
    expect((await motcua('audit', 'head')).out).toMatch(/"seq":3,"hash":"[0-9a-f]{64}"/);
    expect((await motcua('nonsense')).code).toBe(2);
  }, 180_000);
});
