import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { adminDatabaseUrl, databaseUrl, testEngine } from '../../../test/test-database.js';
import { openDatabase, type Database } from '../../platform/db/database.js';
import { projectRoot } from '../../platform/paths.js';
import { scratch } from './handover-fixtures.js';
import { writeLegacyExport } from './generator.js';

/** A brand-new database for the command line: a PGlite directory or a PostgreSQL database. */
async function emptyDatabase(): Promise<{ env: Record<string, string>; open: () => Promise<{ db: Database; close: () => Promise<void> }>; cleanup: () => Promise<void> }> {
  if (testEngine() === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-handover-cli-'));
    return {
      env: { MOTCUA_DATA_DIR: dir },
      open: () => openDatabase({ engine: 'pglite', dataDir: join(dir, 'pgdata') }),
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `motcua_handover_cli_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminDatabaseUrl() });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  return {
    env: { DATABASE_URL: databaseUrl(name) },
    open: () => openDatabase({ engine: 'postgres', url: databaseUrl(name), poolSize: 1 }),
    cleanup: async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

const database = await emptyDatabase();
afterAll(() => database.cleanup());

/**
 * Runs `motcua <args>`; with `killAfter`, kills it (SIGKILL: no chance to clean up) as soon
 * as it has printed that many progress lines.
 */
function motcua(args: string[], killAfter?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts', ...args], {
      cwd: projectRoot,
      env: { ...process.env, ...database.env, MOTCUA_PROVINCE: '79', LOG_LEVEL: 'silent' },
    });
    let out = '';
    let progress = 0;
    const read = (chunk: Buffer): void => {
      out += chunk.toString();
      progress = (out.match(/^progress /gm) ?? []).length;
      if (killAfter !== undefined && progress >= killAfter && child.exitCode === null) child.kill('SIGKILL');
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, out }));
  });
}

async function counts() {
  const { db, close } = await database.open();
  try {
    const n = async (q: Promise<{ n: unknown }>) => Number((await q).n);
    return {
      staged: await n(db.selectFrom('legacyDossiers').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()),
      distinctCodes: await n(db.selectFrom('legacyDossiers').select((eb) => eb.fn.count('codeKey').distinct().as('n')).executeTakeFirstOrThrow()),
      rejects: await n(db.selectFrom('legacyImportRejects').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()),
      handedOver: await n(db.selectFrom('legacyDossiers').select((eb) => eb.fn.countAll().as('n')).where('state', '=', 'handed_over').executeTakeFirstOrThrow()),
      inReview: await n(db.selectFrom('legacyDossiers').select((eb) => eb.fn.countAll().as('n')).where('state', '=', 'in_review').executeTakeFirstOrThrow()),
      dossiers: await n(db.selectFrom('dossiers').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()),
      distinctDossierCodes: await n(db.selectFrom('dossiers').select((eb) => eb.fn.count('code').distinct().as('n')).executeTakeFirstOrThrow()),
      legacyCodes: await n(db.selectFrom('dossierLegacyCodes').select((eb) => eb.fn.countAll().as('n')).where('dossierId', 'is not', null).executeTakeFirstOrThrow()),
    };
  } finally {
    await close();
  }
}

describe('motcua import-legacy and transfer, killed mid-way and run again', () => {
  it('completes the import and the hand-over with no row twice', async () => {
    const file = join(scratch, 'killed.jsonl');
    const size = 3000;
    await writeLegacyExport(file, 'jsonl', { districts: ['760', '787'], size, seed: 11 });
    expect((await motcua(['provision'])).code).toBe(0);

    const killed = await motcua(['import-legacy', file, '--batch-size', '100'], 3);
    expect(killed.signal).toBe('SIGKILL');
    const partial = await counts();
    expect(partial.staged).toBeGreaterThanOrEqual(300);
    expect(partial.staged).toBeLessThan(size);

    const resumed = await motcua(['import-legacy', file, '--batch-size', '100']);
    expect(resumed.code).toBe(0);
    expect(resumed.out).toMatch(/resumed an interrupted import after line [1-9]\d*/);
    expect(resumed.out).toContain(`${size} accepted, 0 unchanged, 0 rejected`);
    const imported = await counts();
    expect(imported).toMatchObject({ staged: size, distinctCodes: size, rejects: 0 });
    expect((await motcua(['import-legacy', file])).out).toContain('was imported before: nothing changed');

    const killedTransfer = await motcua(['transfer', '--batch-size', '50'], 4);
    expect(killedTransfer.signal).toBe('SIGKILL');
    const half = await counts();
    expect(half.dossiers).toBeGreaterThanOrEqual(1);
    expect(half.dossiers).toBe(half.handedOver);

    const finished = await motcua(['transfer', '--batch-size', '50']);
    expect(finished.code).toBe(0);
    const done = await counts();
    expect(done.dossiers).toBe(done.handedOver);
    expect(done.distinctDossierCodes).toBe(done.dossiers);
    expect(done.legacyCodes).toBe(done.dossiers);
    expect(done.handedOver + done.inReview).toBeGreaterThan(half.handedOver + half.inReview);
    expect((await motcua(['transfer'])).out).toContain('nothing to hand over');
    expect(await counts()).toEqual(done);
    expect((await motcua(['audit', 'verify'])).out).toContain('is intact');
  }, 400_000);
});
