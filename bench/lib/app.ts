import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../server/src/app.js';
import { DEMO_PASSWORD } from '../../server/src/demo/demo-accounts.js';
import { loadConfig } from '../../server/src/platform/config.js';
import type { Database } from '../../server/src/platform/db/database.js';
import type { App } from '../../server/src/platform/http/fastify-types.js';
import { BENCH_PROVINCE } from './scratch-db.js';
import { copyCertification } from '../../server/test/dossier-fixtures.js';

let dataDir: string | undefined;

/** Files the app may write during a run (uploads, signing keys) go to a directory of the run's own, not to var/. */
export function removeBenchDataDir(): void {
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  dataDir = undefined;
}

/**
 * The settings of a benchmark run. The per-address rate limits stay on — they are part of
 * the cost of a request in production — but the load comes from many addresses: the app
 * trusts X-Forwarded-For (MOTCUA_TRUST_PROXY, as behind the province's load balancer) and
 * each request of the load generator carries one of 65,536 addresses (see load-child.ts), so
 * neither the global 1,200/min nor the lookup's 60/min per address is reached. Sign-in
 * has its own limit, raised through its variable.
 */
export function benchEnv(): Record<string, string> {
  dataDir ??= mkdtempSync(join(tmpdir(), 'motcua-bench-data-'));
  return {
    MOTCUA_DATA_DIR: dataDir,
    MOTCUA_PROVINCE: BENCH_PROVINCE,
    LOG_LEVEL: 'silent',
    MOTCUA_DEMO: 'false',
    MOTCUA_SIGN_IN_RATE_LIMIT: '100000',
    // No background jobs (sending the notifications, signing the receipts an intake queues):
    // buildApp starts none anyway (main.ts does); this says so if that ever changes.
    MOTCUA_JOBS_POLL_MS: '0',
  };
}

export interface RunningApp {
  app: App;
  url: string;
  close(): Promise<void>;
}

/** The real app (buildApp, as `npm start`), listening on an ephemeral port of 127.0.0.1, logger off. */
export async function startApp(db: Database, listen = true): Promise<RunningApp> {
  process.env.MOTCUA_TRUST_PROXY = 'true';
  const config = loadConfig(benchEnv());
  const app = await buildApp({ config, db, logger: false });
  await app.ready();
  let url = '';
  if (listen) {
    await app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  }
  return { app, url, close: () => app.close() };
}

export interface Session {
  cookie: string;
  csrfToken: string;
}

/** Signs in over the app's HTTP interface (inject: no socket needed) and returns the cookie and CSRF token. */
export async function signIn(app: App, login: string, password = DEMO_PASSWORD): Promise<Session> {
  const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { login, password } });
  if (response.statusCode !== 200) throw new Error(`sign-in as ${login} failed: ${response.statusCode} ${response.body}`);
  const setCookie = ([] as string[]).concat((response.headers['set-cookie'] as string | string[] | undefined) ?? []);
  return { cookie: setCookie.map((c) => c.split(';')[0]).join('; '), csrfToken: (JSON.parse(response.body) as { csrfToken: string }).csrfToken };
}

/** Headers of a state-changing JSON request in the session. */
export const sessionHeaders = (s: Session): Record<string, string> => ({ cookie: s.cookie, 'x-csrf-token': s.csrfToken, 'content-type': 'application/json' });

/**
 * The intake benchmarked: a certification of a copy from the original at the Bến Thành desk
 * (`copyCertification` of the test fixtures): complete, so it is received at once.
 */
export const INTAKE_BODY = copyCertification();

export const DESK_LOGIN = 'benthanh.motcua';
