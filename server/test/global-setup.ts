import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { seedDemo } from '../src/demo/seed-demo.js';
import { openDatabase, type Database } from '../src/platform/db/database.js';
import { prepareDatabase } from '../src/setup.js';
import { adminDatabaseUrl, databaseUrl, TEST_PROVINCE, testEngine } from './test-database.js';

/** Migrated, reference data loaded, province provisioned and demo accounts seeded: where every test file starts. */
async function buildTemplate(db: Database): Promise<void> {
  await prepareDatabase(db);
  await seedDemo({ db, provinceCode: TEST_PROVINCE, actor: { kind: 'system', name: 'test template' }, requestId: 'test-template', now: () => new Date() });
}

/**
 * Builds the template once per run: a PGlite data-directory dump, or a PostgreSQL template
 * database. Each test file then gets a fresh copy in about a second.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (testEngine() === 'pglite') {
    const { db, pglite } = await openDatabase({ engine: 'pglite' });
    await buildTemplate(db);
    const dir = mkdtempSync(join(tmpdir(), 'motcua-test-'));
    const path = join(dir, 'template.tar');
    writeFileSync(path, Buffer.from(await (await pglite!.dumpDataDir('none')).arrayBuffer()));
    await db.destroy();
    project.provide('templateDump', path);
    project.provide('templateDatabase', '');
    return async () => rmSync(dir, { recursive: true, force: true });
  }
  const name = `motcua_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminDatabaseUrl() });
  await admin.connect();
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  const { db } = await openDatabase({ engine: 'postgres', url: databaseUrl(name), poolSize: 2 });
  await buildTemplate(db);
  await db.destroy();
  project.provide('templateDump', '');
  project.provide('templateDatabase', name);
  return async () => {
    await admin.query(`drop database if exists ${name}`);
    await admin.end();
  };
}
