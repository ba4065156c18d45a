import type { AddressInfo } from 'node:net';
import { startTestApp, type TestApp } from '../../server/test/harness.js';

export interface WebServer extends TestApp {
  /** http://127.0.0.1:<port> of the running server. */
  baseUrl: string;
}

/**
 * The whole server (API + web/dist) on a fresh copy of the test database, listening on a
 * free port of the loopback address. Closed after the test file.
 */
export async function startWebServer(): Promise<WebServer> {
  const testApp = await startTestApp();
  await testApp.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = testApp.app.server.address() as AddressInfo;
  return Object.assign(testApp, { baseUrl: `http://127.0.0.1:${port}` });
}
