import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { anonymous } from '../auth/actor.js';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { Problem } from '../errors.js';
import { text } from '../i18n.js';
import type { App } from './fastify-types.js';
import { registerHealth } from './health.js';
import { registerMetrics } from './metrics.js';
import { registerOpenApi } from './openapi.js';
import { sendProblem, toProblem } from './problem-response.js';
import { enforceAccess, identify, type SessionResolver } from './session-hooks.js';
import { requestValidatorCompiler } from './validators.js';

export interface ServerOptions {
  config: Config;
  db: Database;
  resolveSession: SessionResolver;
  /** Fixed time for tests; the wall clock otherwise. */
  now?: () => Date;
  logger?: FastifyServerOptions['logger'];
  /** Requests per minute per client address over all routes (login has its own, lower limit). */
  rateLimitPerMinute?: number;
}

/**
 * The HTTP platform every module plugs into: problem+json errors, schema validation with
 * Vietnamese and English messages, sessions and access checks, CSRF, security headers,
 * rate limits, OpenAPI, metrics and health probes.
 */
export async function createServer(options: ServerOptions): Promise<App> {
  const { config, db } = options;
  const now = options.now ?? (() => new Date());
  const app = Fastify({
    logger: options.logger ?? {
      level: config.logLevel,
      redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
    },
    bodyLimit: config.bodyLimit,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[A-Za-z0-9._-]{1,64}$/.test(given) ? given : randomUUID();
    },
    trustProxy: config.trustProxy,
  }).withTypeProvider<TypeBoxTypeProvider>() as unknown as App;

  app.setValidatorCompiler(requestValidatorCompiler());
  // The API speaks JSON; anything else is a 415, not a string that fails validation.
  app.removeContentTypeParser('text/plain');
  app.decorateRequest('actor', null as never);
  app.decorateRequest('session', undefined);
  app.decorateRequest('ctx', null as never);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        // A province may serve the platform over plain HTTP on its intranet; upgrading every
        // asset request to HTTPS would then break the page. TLS is the proxy's business.
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(cookie);
  await app.register(rateLimit, {
    max: options.rateLimitPerMinute ?? 1200,
    timeWindow: '1 minute',
    errorResponseBuilder: () =>
      new Problem('rate-limited', text('Bạn gửi quá nhiều yêu cầu; vui lòng thử lại sau ít phút.', 'Too many requests; please try again in a few minutes.')),
  });

  app.decorate('apiRoutes', []);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1')) return;
    const access = route.config?.access;
    if (!access) throw new Error(`${route.method} ${route.url} declares no access; every API route must (see platform/auth/access.ts)`);
    for (const method of [route.method].flat()) if (method !== 'HEAD') app.apiRoutes.push({ method, url: route.url, access, body: route.schema?.body });
  });
  app.addHook('onRequest', async (request) => {
    request.ctx = { db, provinceCode: config.provinceCode, actor: anonymous, requestId: request.id, ip: request.ip, now, publicUrl: config.publicUrl };
    await identify(request, options.resolveSession);
  });
  app.addHook('onRequest', async (request, reply) => enforceAccess(request, reply));

  app.setErrorHandler((error, request, reply) => {
    const problem = toProblem(error as Error, request);
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    return sendProblem(request, reply, problem);
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      request,
      reply,
      new Problem('not-found', text(`Không có địa chỉ ${request.method} ${request.url.split('?')[0]}.`, `There is no ${request.method} ${request.url.split('?')[0]}.`)),
    ),
  );

  const registry = registerMetrics(app);
  app.get('/metrics', { schema: { hide: true } }, async (_request, reply) => reply.type(registry.contentType).send(await registry.metrics()));
  registerHealth(app, db);
  await registerOpenApi(app, config);
  return app;
}
