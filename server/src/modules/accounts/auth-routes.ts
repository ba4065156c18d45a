import type { FastifyReply } from 'fastify';
import { publicAccess, signedIn } from '../../platform/auth/access.js';
import { unauthenticated } from '../../platform/errors.js';
import type { App } from '../../platform/http/fastify-types.js';
import { respondOnce } from '../../platform/http/idempotency.js';
import { SESSION_COOKIE } from '../../platform/http/session-hooks.js';
import { changePassword, currentAccount, login, logout, registerCitizen, type AuthSettings } from './auth-service.js';
import { Account, ChangePassword, Done, Login, RegisterCitizen, SessionView } from './schemas.js';

export interface AuthRouteOptions extends AuthSettings {
  cookieSecure: boolean;
  /** Sign-in and registration attempts a minute from one address. */
  signInRateLimit: number;
}

/** Sign-in, sign-out, the current session, one's own password, and citizen registration. */
export async function authRoutes(app: App, options: AuthRouteOptions): Promise<void> {
  const setCookie = (reply: FastifyReply, value: string, expires: Date): void => {
    reply.setCookie(SESSION_COOKIE, value, { httpOnly: true, sameSite: 'lax', secure: options.cookieSecure, path: '/', expires });
  };

  const signInLimit = { max: options.signInRateLimit, timeWindow: '1 minute' };

  app.post('/auth/login', {
    schema: { tags: ['auth'], summary: 'Sign in with a username (staff) or personal ID number (citizen)', body: Login, response: { 200: SessionView } },
    config: { access: publicAccess, rateLimit: signInLimit },
    handler: async (request, reply) => {
      const { token, view } = await login(request.ctx, request.body, options, request.headers['user-agent']);
      setCookie(reply, `${request.ctx.provinceCode}.${token}`, new Date(view.expiresAt));
      return view;
    },
  });

  app.post('/auth/logout', {
    schema: { tags: ['auth'], summary: 'Sign out (ends this session)', response: { 200: Done } },
    config: { access: signedIn, duringPasswordChange: true },
    handler: async (request, reply) => {
      await logout(request.ctx, request.session!.token);
      setCookie(reply, '', new Date(0));
      return { ok: true as const };
    },
  });

  app.get('/auth/session', {
    schema: { tags: ['auth'], summary: 'The signed-in account, its roles and the CSRF token', response: { 200: SessionView } },
    config: { access: signedIn, duringPasswordChange: true },
    handler: async (request) => {
      if (!request.session) throw unauthenticated();
      return { account: await currentAccount(request.ctx), csrfToken: request.session.csrfToken, expiresAt: request.session.expiresAt.toISOString() };
    },
  });

  app.post('/auth/password', {
    schema: { tags: ['auth'], summary: "Change one's own password (other sessions end)", body: ChangePassword, response: { 200: Account } },
    config: { access: signedIn, duringPasswordChange: true, rateLimit: signInLimit },
    handler: (request) => changePassword(request.ctx, request.body, request.session!.token),
  });

  app.post('/auth/register', {
    schema: {
      tags: ['auth'],
      summary: 'Register a citizen account (the personal ID number becomes the login)',
      body: RegisterCitizen,
      response: { 201: Account },
    },
    config: { access: publicAccess, rateLimit: signInLimit },
    handler: (request, reply) => respondOnce(request, reply, 201, (ctx) => registerCitizen(ctx, request.body)),
  });
}
