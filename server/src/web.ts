import type { App } from './platform/http/fastify-types.js';

/**
 * The web app's entry. Until the React app lands (web/), a plain page points people to the
 * API documentation.
 */
export function registerWeb(app: App): void {
  app.get('/', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(`<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Một cửa — motcua</title></head>
<body><main><h1>Hệ thống một cửa điện tử</h1><p>One-stop administrative procedures platform.</p>
<ul><li><a href="/api/docs">Tài liệu API / API documentation</a></li></ul></main></body></html>`),
  );
}
