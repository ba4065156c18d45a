import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { OpenAPIV3_1 } from 'openapi-types';
import type { Access } from '../auth/access.js';
import type { Config } from '../config.js';
import type { App } from './fastify-types.js';

const problemSchema: OpenAPIV3_1.SchemaObject = {
  type: 'object',
  description: 'RFC 9457 problem details; see docs/api/problems.md',
  properties: {
    type: { type: 'string', example: '/problems/validation-failed' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    message: { type: 'object', properties: { vi: { type: 'string' }, en: { type: 'string' } } },
    field: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          field: { type: 'string' },
          in: { type: 'string', enum: ['body', 'query', 'params', 'headers'] },
          message: { type: 'object', properties: { vi: { type: 'string' }, en: { type: 'string' } } },
        },
      },
    },
    requestId: { type: 'string' },
  },
};

function describeAccess(access: Access | undefined): string {
  switch (access?.kind) {
    case 'public':
      return 'Public: no sign-in needed.';
    case 'signed-in':
      return 'Any signed-in account.';
    case 'citizen':
      return 'Citizen accounts only.';
    case 'staff':
      return access.provinceWide
        ? `Staff holding \`${access.permission.name}\` (roles: ${access.permission.roles.join(', ')}) at a province-level agency.`
        : `Staff holding \`${access.permission.name}\` (roles: ${access.permission.roles.join(', ')}); the record must also be within the caller's units.`;
    default:
      return '';
  }
}

/** OpenAPI 3.1 generated from the route schemas, browsable at /api/docs. */
export async function registerOpenApi(app: App, config: Config): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'motcua API',
        version: '1',
        description:
          'One-stop administrative procedures and the shared systems of Vietnam\'s two-level local government. ' +
          'Errors are RFC 9457 problem+json with Vietnamese and English messages. Creating requests accept an `Idempotency-Key` header. ' +
          'Lists are paginated by cursor. Cookie sessions must echo the `X-CSRF-Token` header on POST, PUT, PATCH and DELETE.',
      },
      servers: [{ url: config.publicUrl }],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'motcua_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
        schemas: { Problem: problemSchema },
      },
    },
    transform: ({ schema, url, route }) => {
      const access = route.config?.access as Access | undefined;
      const base = (schema ?? {}) as Record<string, unknown>;
      if (!url.startsWith('/api/v1')) return { schema: { ...base, hide: true }, url };
      const accessText = describeAccess(access);
      const response = { ...(base.response as Record<string, unknown> | undefined) };
      response['4XX'] ??= { description: 'Problem (RFC 9457)', content: { 'application/problem+json': { schema: problemSchema } } };
      return {
        schema: {
          ...base,
          description: [base.description, `**Access:** ${accessText}`].filter(Boolean).join('\n\n'),
          ...(access && access.kind !== 'public' ? { security: [{ session: [], csrf: [] }] } : {}),
          response,
        },
        url,
      };
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
