import type { FastifyReply, FastifyRequest } from 'fastify';
import { admits } from '../auth/access.js';
import { anonymous, type SignedInActor } from '../auth/actor.js';
import { sameSecret } from '../auth/tokens.js';
import type { Executor } from '../db/database.js';
import { forbidden, Problem, unauthenticated } from '../errors.js';
import { text } from '../i18n.js';

export const SESSION_COOKIE = 'motcua_session';
export const CSRF_HEADER = 'x-csrf-token';

/** The session a request came with. */
export interface RequestSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

/** Looks a session token up; supplied by the accounts module. */
export type SessionResolver = (
  db: Executor,
  provinceCode: string,
  token: string,
  now: Date,
) => Promise<{ actor: SignedInActor; csrfToken: string; expiresAt: Date } | undefined>;

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The session cookie is `<province code>.<token>`; only this deployment's province is accepted. */
export function parseSessionCookie(value: string | undefined, provinceCode: string): string | undefined {
  if (!value) return undefined;
  const dot = value.indexOf('.');
  if (dot < 0 || value.slice(0, dot) !== provinceCode) return undefined;
  const token = value.slice(dot + 1);
  return /^[A-Za-z0-9_-]{20,100}$/.test(token) ? token : undefined;
}

/** Identifies the caller from the session cookie (anonymous without one). */
export async function identify(request: FastifyRequest, resolve: SessionResolver): Promise<void> {
  request.actor = anonymous;
  request.session = undefined;
  const token = parseSessionCookie(request.cookies[SESSION_COOKIE], request.ctx.provinceCode);
  if (!token) return;
  const session = await resolve(request.ctx.db, request.ctx.provinceCode, token, request.ctx.now());
  if (!session) return;
  request.actor = session.actor;
  request.session = { token, csrfToken: session.csrfToken, expiresAt: session.expiresAt };
  request.ctx.actor = session.actor;
}

/**
 * Applies the route's access declaration, then CSRF: a state-changing request that rides
 * on a session cookie must echo the session's token in the X-CSRF-Token header.
 */
export function enforceAccess(request: FastifyRequest, _reply: FastifyReply): void {
  const access = request.routeOptions.config.access;
  if (!access) return;
  if (!admits(access, request.actor)) {
    throw request.actor.kind === 'anonymous' ? unauthenticated() : forbidden();
  }
  if (request.actor.kind === 'staff' && request.actor.mustChangePassword && access.kind !== 'public' && !request.routeOptions.config.duringPasswordChange) {
    throw new Problem(
      'password-change-required',
      text('Bạn cần đổi mật khẩu ban đầu trước khi tiếp tục.', 'You must change your initial password before going on.'),
    );
  }
  // Public routes act with no one's authority, so a forged call gains nothing there.
  if (access.kind !== 'public' && request.session && UNSAFE.has(request.method)) {
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !sameSecret(sent, request.session.csrfToken)) {
      throw new Problem(
        'csrf-failed',
        text('Thiếu mã chống giả mạo (X-CSRF-Token) hoặc mã không đúng; hãy tải lại trang.', 'The X-CSRF-Token header is missing or wrong; reload the page.'),
      );
    }
  }
}
