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
import { dossierCodeOf } from './modules/dossiers/payment-service.js';
import { handoverRoutes } from './modules/handover/routes.js';
import { paymentRoutes } from './modules/payments/routes.js';
import { acceptPdfBodies, signingRoutes } from './modules/signing/routes.js';
import { signingSettings } from './modules/signing/settings.js';
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
  const signing = signingSettings(config);
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
      await dossierRoutes(v1, signing);
      await paymentRoutes(v1, { webhookSecret: config.paymentWebhookSecret });
      await handoverRoutes(v1);
      // Raw PDF bodies are accepted by the verification routes only.
      await v1.register(async (verification) => {
        acceptPdfBodies(verification as App);
        await signingRoutes(verification as App, signing, (ctx, ownerType, ownerId) => (ownerType === 'dossier' ? dossierCodeOf(ctx, ownerId) : Promise.resolve(null)));
      });
    },
    { prefix: '/api/v1' },
  );
  registerWeb(app);
  return app;
}
