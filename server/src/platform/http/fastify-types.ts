import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { Access } from '../auth/access.js';
import type { Actor } from '../auth/actor.js';
import type { ServiceContext } from '../context.js';
import type { RequestSession } from './session-hooks.js';

/** The Fastify instance every module registers its routes on (TypeBox-typed). */
export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, TypeBoxTypeProvider>;

/** An API route with its access declaration, as registered (for docs and access-test coverage). */
export interface ApiRoute {
  method: string;
  url: string;
  access: Access;
  /** The request body schema, if the route takes a body. */
  body?: unknown;
}

declare module 'fastify' {
  interface FastifyInstance {
    apiRoutes: ApiRoute[];
  }
  interface FastifyRequest {
    actor: Actor;
    /** The session the request came with, if any. */
    session: RequestSession | undefined;
    ctx: ServiceContext;
  }
  interface FastifyContextConfig {
    /** Who may call the route; required on every /api route. */
    access?: Access;
    /** Allowed to a staff member who still has to change an initial password. */
    duringPasswordChange?: boolean;
  }
}
