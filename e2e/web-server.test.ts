import { readdirSync } from 'node:fs';
import Fastify from 'fastify';
import { describe, expect, test } from 'vitest';
import type { App } from '../server/src/platform/http/fastify-types.js';
import { registerWeb, WEB_DIST } from '../server/src/web.js';
import { startWebServer } from './support/server.js';

const server = await startWebServer();
const get = (path: string) => fetch(`${server.baseUrl}${path}`);

describe('the server serves the web app', () => {
  test('app addresses get index.html, never cached, under the CSP', async () => {
    for (const path of ['/', '/tra-cuu-dia-chi?commune=P.1', '/can-bo/tai-khoan/0f8c2d5e-0000-4000-8000-000000000000']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(await response.text()).toContain('<div id="root"></div>');
    }
  });

  test('hashed assets are cached for a year; a missing one is a 404 problem, not the page', async () => {
    const asset = readdirSync(`${WEB_DIST}/assets`).find((f) => f.endsWith('.js'))!;
    const response = await get(`/assets/${asset}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const missing = await get('/assets/index-nothere.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  test('the API, metrics and unknown files are not swallowed by the app', async () => {
    const api = await get('/api/v1/no-such-route');
    expect(api.status).toBe(404);
    expect(((await api.json()) as { type: string }).type).toBe('/problems/not-found');
    expect((await get('/favicon.svg')).status).toBe(200);
    expect((await get('/no-such-file.txt')).status).toBe(404);
    // A dossier code has dots; the QR on a receipt opens /tra-cuu/<code> as it is printed.
    const lookup = await get('/tra-cuu/26743.TTPVHCC-261124-0001');
    expect(lookup.status).toBe(200);
    expect(lookup.headers.get('content-type')).toMatch(/^text\/html/);
    expect((await get('/metrics')).status).toBe(200);
  });

  test('GET /app-config.json names the province', async () => {
    expect(await (await get('/app-config.json')).json()).toEqual({ provinceCode: '79', provinceName: 'Thành phố Hồ Chí Minh' });
  });

  test('without a build, the page says to run npm run build:web', async () => {
    const bare = Fastify() as unknown as App;
    registerWeb(bare, '/nonexistent/web/dist');
    const response = await bare.inject({ method: 'GET', url: '/tra-cuu-dia-chi' });
    expect(response.statusCode).toBe(503);
    expect(response.body).toContain('npm run build:web');
    await bare.close();
  });
});
