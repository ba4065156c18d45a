import type { AddressInfo } from 'node:net';
import { dossierDocumentJobs } from '../../server/src/modules/dossiers/jobs.js';
import { signingSettings } from '../../server/src/modules/signing/settings.js';
import { runDueJobs } from '../../server/src/platform/jobs/index.js';
import { startTestApp, type TestApp } from '../../server/test/harness.js';

export interface WebServer extends TestApp {
  /** http://127.0.0.1:<port> of the running server. */
  baseUrl: string;
}

/**
 * The whole server (API + web/dist) on a fresh copy of the test database, listening on a
 * free port of the loopback address, with extra settings in `env` (as environment
 * variables). Closed after the test file.
 */
export async function startWebServer(options: { env?: Record<string, string> } = {}): Promise<WebServer> {
  const testApp = await startTestApp(options);
  await testApp.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = testApp.app.server.address() as AddressInfo;
  return Object.assign(testApp, { baseUrl: `http://127.0.0.1:${port}` });
}

/**
 * Runs the document jobs that are due — signing receipts, slips and results — as the job
 * runner of `motcua serve` does in the background (the test server runs no job runner).
 */
export function signPendingDocuments(server: TestApp): Promise<number> {
  return runDueJobs(server.db, dossierDocumentJobs(signingSettings(server.config)), { limit: 50 });
}
