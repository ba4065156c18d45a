import { auditRoutes } from './platform/audit/routes.js';
import { calendarRoutes } from './platform/calendar/routes.js';
import { fileRoutes } from './platform/files/routes.js';
import type { Config } from './platform/config.js';
import type { Database } from './platform/db/database.js';
import type { App } from './platform/http/fastify-types.js';
import { createServer, type ServerOptions } from './platform/http/server.js';
import { authRoutes } from './modules/accounts/auth-routes.js';
import { sessionResolver, type AuthSettings } from './modules/accounts/auth-service.js';
import { accountRoutes } from './modules/accounts/routes.js';
import { catalogRoutes } from './modules/catalog/routes.js';
import { dossierRoutes } from './modules/dossiers/routes.js';
import { unitRoutes } from './modules/units/routes.js';
import { registerWeb } from './web.js';

export interface AppOptions {
  config: Config;
  db: Database;
  now?: () => Date;
  logger?: ServerOptions['logger'];
}

/** Builds the HTTP app: the platform plus every module's routes under /api/v1. */
export async function buildApp({ config, db, now, logger }: AppOptions): Promise<App> {
  const auth: AuthSettings = {
    lockoutThreshold: config.lockoutThreshold,
    lockoutMinutes: config.lockoutMinutes,
    sessionIdleMinutes: config.sessionIdleMinutes,
    sessionMaxHours: config.sessionMaxHours,
  };
  const app = await createServer({ config, db, resolveSession: sessionResolver(auth), ...(now ? { now } : {}), ...(logger !== undefined ? { logger } : {}) });
  await app.register(
    async (api) => {
      const v1 = api as App;
      await unitRoutes(v1);
      await authRoutes(v1, { ...auth, cookieSecure: config.cookieSecure, signInRateLimit: config.signInRateLimit });
      await accountRoutes(v1);
      await auditRoutes(v1);
      await fileRoutes(v1, config);
      await calendarRoutes(v1);
      await catalogRoutes(v1);
      await dossierRoutes(v1);
    },
    { prefix: '/api/v1' },
  );
  registerWeb(app);
  return app;
}
