import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { buildApp } from '../src/app.js';
import { DEMO_PASSWORD } from '../src/demo/demo-accounts.js';
import { loadConfig, type Config } from '../src/platform/config.js';
import { openDatabase, type Database, type OpenDatabase } from '../src/platform/db/database.js';
import type { App } from '../src/platform/http/fastify-types.js';
import { adminDatabaseUrl, databaseUrl, testEngine } from './test-database.js';
import { TestClient } from './test-client.js';

export interface TestApp {
  app: App;
  db: Database;
  config: Config;
  engine: 'pglite' | 'postgres';
  /** A client with no session. */
  anonymous: TestClient;
  /** Signs in (demo password by default) and returns a client carrying the session and CSRF token. */
  signIn(login: string, password?: string): Promise<TestClient>;
  close(): Promise<void>;
}

/** A fresh copy of the test template database (see global-setup.ts). */
async function freshDatabase(): Promise<OpenDatabase & { drop(): Promise<void> }> {
  if (testEngine() === 'pglite') {
    const dump = new Blob([readFileSync(inject('templateDump'))]);
    const opened = await openDatabase({ engine: 'pglite', loadDataDir: dump });
    return { ...opened, drop: async () => {} };
  }
  const name = `motcua_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminDatabaseUrl() });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${inject('templateDatabase')}`);
  } finally {
    await admin.end();
  }
  const opened = await openDatabase({ engine: 'postgres', url: databaseUrl(name), poolSize: 5 });
  return {
    ...opened,
    drop: async () => {
      const a = new pg.Client({ connectionString: adminDatabaseUrl() });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

/** Apps started by this test file, closed (databases dropped) when the file ends — also those started inside a test. */
const open = new Set<TestApp>();
afterAll(async () => {
  for (const app of open) await app.close();
  open.clear();
});

/**
 * Starts the whole app on a fresh database for one test file (closed after the file).
 * The database holds Hồ Chí Minh City's agencies and the demo accounts.
 */
export async function startTestApp(options: { env?: Record<string, string>; now?: () => Date } = {}): Promise<TestApp> {
  const fresh = await freshDatabase();
  // Uploaded files go to a directory of this app's own (created by the first upload), removed at the end.
  const dataDir = join(tmpdir(), `motcua-data-${randomBytes(6).toString('hex')}`);
  const config = loadConfig({ MOTCUA_PROVINCE: '79', LOG_LEVEL: 'silent', MOTCUA_DEMO: 'false', MOTCUA_SIGN_IN_RATE_LIMIT: '1000', MOTCUA_DATA_DIR: dataDir, ...options.env });
  const app = await buildApp({ config, db: fresh.db, logger: false, ...(options.now ? { now: options.now } : {}) });
  await app.ready();
  const testApp: TestApp = {
    app,
    db: fresh.db,
    config,
    engine: fresh.engine,
    anonymous: new TestClient(app),
    signIn: async (login, password = DEMO_PASSWORD) => TestClient.signIn(app, login, password),
    close: async () => {
      await app.close();
      await fresh.close();
      await fresh.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  open.add(testApp);
  return testApp;
}
