import { existsSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Problem } from './platform/errors.js';
import type { App } from './platform/http/fastify-types.js';
import { text } from './platform/i18n.js';
import { getUnit } from './modules/units/service.js';

/** Where `npm run build:web` puts the web app (web/vite.config.ts). */
export const WEB_DIST = resolve(fileURLToPath(new URL('../../web/dist', import.meta.url)));

/** Hashed build files never change under one name: cache them for a year. */
const ASSET_CACHE = 'public, max-age=31536000, immutable';
/** index.html names the current hashed files, so browsers must check it every time. */
const PAGE_CACHE = 'no-cache';

/** Paths the SPA never owns: the API, its docs, metrics and probes answer for themselves. */
const SERVER_PATHS = /^\/(api|metrics|healthz|readyz)(\/|$)/;

const notFound = (url: string): Problem =>
  new Problem('not-found', text(`Không có địa chỉ GET ${url}.`, `There is no GET ${url}.`));

const MISSING_BUILD_PAGE = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Chưa dựng ứng dụng web — motcua</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5">
<main><h1>Ứng dụng web chưa được dựng</h1>
<p>Máy chủ đang chạy, nhưng chưa có thư mục <code>web/dist</code>. Hãy chạy:</p>
<pre style="background:#f3f4f6;padding:.75rem">npm run build:web</pre>
<p>rồi tải lại trang này. (<code>npm start</code> tự làm việc này khi cần.)</p>
<hr><p lang="en">The web app has not been built: run <code>npm run build:web</code>, then reload this page.</p>
<ul><li><a href="/api/docs">Tài liệu API / API documentation</a></li></ul></main></body></html>`;

/**
 * The web app (web/, built into web/dist) served at `/`: hashed assets with a long cache,
 * other files of the build, and index.html (never cached) for every other GET outside the
 * API, so the app's own router handles addresses such as /tra-cuu-dia-chi. Also
 * GET /app-config.json: the deployment's province, which the app shows in its header.
 */
export function registerWeb(app: App, distDir: string = WEB_DIST): void {
  const built = existsSync(join(distDir, 'index.html'));

  if (built) {
    void app.register(fastifyStatic, {
      root: join(distDir, 'assets'),
      prefix: '/assets/',
      wildcard: true,
      index: false,
      cacheControl: false,
      setHeaders: (res) => res.setHeader('Cache-Control', ASSET_CACHE),
    });
  }

  let provinceName: string | undefined;
  app.get('/app-config.json', { schema: { hide: true } }, async (request, reply) => {
    const { provinceCode } = request.ctx;
    provinceName ??= (await getUnit(request.ctx, provinceCode)).name;
    return reply.header('Cache-Control', 'public, max-age=300').send({ provinceCode, provinceName });
  });

  const page = async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
    const path = request.url.split('?')[0] ?? '/';
    if (SERVER_PATHS.test(path)) throw notFound(path);
    if (!built) return reply.code(503).header('Cache-Control', PAGE_CACHE).type('text/html; charset=utf-8').send(MISSING_BUILD_PAGE);
    // Build files sit at the top (favicon.svg…); deeper addresses with a dot, such as a
    // dossier code in /tra-cuu/26743.TTPVHCC-261124-0001 printed in a QR code, are the app's.
    if (extname(path) && !path.slice(1).includes('/')) return sendBuildFile(reply, distDir, path);
    return reply.header('Cache-Control', PAGE_CACHE).sendFile('index.html', distDir, { cacheControl: false });
  };
  app.get('/', { schema: { hide: true } }, page);
  app.get('/*', { schema: { hide: true } }, page);
}

/** A top-level file of the build (favicon.svg, robots.txt…); a 404 problem when absent. */
function sendBuildFile(reply: FastifyReply, distDir: string, path: string): FastifyReply {
  let name: string;
  try {
    name = decodeURIComponent(path).replace(/^\/+/, '');
  } catch {
    throw notFound(path);
  }
  const file = resolve(distDir, name);
  if (!file.startsWith(distDir + '/') || name.includes('/') || !isFile(file)) throw notFound(path);
  return reply.header('Cache-Control', 'public, max-age=3600').sendFile(name, distDir, { cacheControl: false });
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
