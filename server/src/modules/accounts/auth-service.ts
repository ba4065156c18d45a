import { randomUUID } from 'node:crypto';
import { anonymous, type Membership, type SignedInActor } from '../../platform/auth/actor.js';
import { decoyHash, hashPassword, passwordWeakness, verifyPassword } from '../../platform/auth/passwords.js';
import { hashToken, newToken } from '../../platform/auth/tokens.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { withTransaction, type ServiceContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/database.js';
import { conflict, invalidField, Problem, unauthenticated } from '../../platform/errors.js';
import type { SessionResolver } from '../../platform/http/session-hooks.js';
import { text } from '../../platform/i18n.js';
import { findAgencies } from '../units/agency-service.js';
import type { Account, ChangePassword, Login, RegisterCitizen, SessionView } from './schemas.js';
import * as store from './store.js';
import { auditView, toAccount } from './views.js';

export interface AuthSettings {
  lockoutThreshold: number;
  lockoutMinutes: number;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
}

const MINUTE = 60_000;
const wrongCredentials = (): Problem =>
  new Problem('invalid-credentials', text('Tên đăng nhập hoặc mật khẩu không đúng.', 'The login or password is wrong.'));

function lockedProblem(until: Date): Problem {
  const local = until.toLocaleTimeString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit' });
  return new Problem(
    'account-locked',
    text(`Tài khoản tạm khóa do đăng nhập sai nhiều lần; hãy thử lại sau ${local}.`, `The account is locked after too many failed logins; try again after ${local} (Vietnam time).`),
    [],
    { lockedUntil: until.toISOString() },
  );
}

/**
 * Checks a login and opens a session. Wrong passwords are counted; at the threshold the
 * account locks for a while. An unknown login costs the same time as a known one, and
 * both get the same answer, so the form does not reveal which accounts exist.
 */
export async function login(ctx: ServiceContext, input: Login, settings: AuthSettings, userAgent?: string): Promise<{ token: string; view: SessionView }> {
  const loginName = input.login.trim().toLowerCase();
  const account = await store.findAccountByUsername(ctx.db, ctx.provinceCode, loginName);
  const now = ctx.now();
  if (!account) {
    await verifyPassword(await decoyHash(), input.password);
    await recordAudit(ctx, { action: 'auth.login_failed', entityType: 'login', entityId: loginName.slice(0, 100), details: { reason: 'unknown login' } });
    throw wrongCredentials();
  }
  if (account.lockedUntil && account.lockedUntil > now) throw lockedProblem(account.lockedUntil);
  const valid = await verifyPassword(account.passwordHash, input.password);
  if (!valid) {
    const failures = await store.countFailedLogin(ctx.db, ctx.provinceCode, account.id);
    const lock = failures >= settings.lockoutThreshold;
    if (lock) {
      const until = new Date(now.getTime() + settings.lockoutMinutes * MINUTE);
      await store.updateAccount(ctx.db, ctx.provinceCode, account.id, { failedLogins: 0, lockedUntil: until }, now);
      await recordAudit(ctx, { action: 'auth.locked', entityType: 'account', entityId: account.id, details: { until: until.toISOString() } });
      throw lockedProblem(until);
    }
    await recordAudit(ctx, { action: 'auth.login_failed', entityType: 'account', entityId: account.id, details: { failures } });
    throw wrongCredentials();
  }
  if (account.status !== 'active') {
    throw new Problem('forbidden', text('Tài khoản đã bị vô hiệu hóa; hãy liên hệ quản trị viên.', 'The account is disabled; contact an administrator.'));
  }
  const token = newToken();
  const session: store.SessionRow = {
    provinceCode: ctx.provinceCode,
    tokenHash: hashToken(token),
    accountId: account.id,
    csrfToken: newToken(),
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + settings.sessionMaxHours * 60 * MINUTE),
    ip: ctx.ip ?? null,
    userAgent: userAgent?.slice(0, 300) ?? null,
  };
  await withTransaction(ctx, async (tx) => {
    await store.updateAccount(tx.db, tx.provinceCode, account.id, { failedLogins: 0, lockedUntil: null }, now);
    await store.insertSession(tx.db, session);
    await recordAudit({ ...tx, actor: await actorOf(tx, account) }, { action: 'auth.login', entityType: 'account', entityId: account.id });
  });
  return { token, view: { account: await toAccount(ctx, account), csrfToken: session.csrfToken, expiresAt: session.expiresAt.toISOString() } };
}

async function actorOf(ctx: ServiceContext, account: store.AccountRow): Promise<SignedInActor> {
  if (account.kind === 'citizen') {
    return { kind: 'citizen', accountId: account.id, provinceCode: account.provinceCode, username: account.username, fullName: account.fullName, nationalId: account.nationalId ?? '' };
  }
  const rows = await store.membershipsOf(ctx.db, ctx.provinceCode, [account.id]);
  const agencies = await findAgencies(ctx, rows.map((r) => r.agencyCode));
  const memberships = rows.flatMap((r): Membership[] => {
    const agency = agencies.get(r.agencyCode);
    return agency ? [{ agencyCode: agency.code, agencyKind: agency.kind, unitCode: agency.unitCode, level: agency.level, role: r.role }] : [];
  });
  return {
    kind: 'staff',
    accountId: account.id,
    provinceCode: account.provinceCode,
    username: account.username,
    fullName: account.fullName,
    memberships,
    mustChangePassword: account.mustChangePassword,
  };
}

/** Finds the live session of a token and who it belongs to; refreshes its idle timer. */
export function sessionResolver(settings: AuthSettings): SessionResolver {
  return async (db: Executor, provinceCode: string, token: string, now: Date) => {
    const tokenHash = hashToken(token);
    const idleSince = new Date(now.getTime() - settings.sessionIdleMinutes * MINUTE);
    const found = await store.findLiveSession(db, provinceCode, tokenHash, now, idleSince);
    if (!found) return undefined;
    // Refresh at most once a minute: one write per click would be wasted work.
    if (now.getTime() - found.session.lastSeenAt.getTime() > MINUTE) await store.touchSession(db, provinceCode, tokenHash, now);
    const ctx: ServiceContext = { db, provinceCode, actor: anonymous, requestId: 'session', now: () => now };
    return { actor: await actorOf(ctx, found.account), csrfToken: found.session.csrfToken, expiresAt: found.session.expiresAt };
  };
}

export async function logout(ctx: ServiceContext, token: string): Promise<void> {
  await withTransaction(ctx, async (tx) => {
    await store.deleteSession(tx.db, tx.provinceCode, hashToken(token));
    await recordAudit(tx, { action: 'auth.logout', entityType: 'account', entityId: accountIdOf(tx) });
  });
}

function accountIdOf(ctx: ServiceContext): string {
  if (ctx.actor.kind !== 'staff' && ctx.actor.kind !== 'citizen') throw unauthenticated();
  return ctx.actor.accountId;
}

export async function currentAccount(ctx: ServiceContext): Promise<Account> {
  const row = await store.findAccountById(ctx.db, ctx.provinceCode, accountIdOf(ctx));
  if (!row) throw unauthenticated();
  return toAccount(ctx, row);
}

/** Changes one's own password; every other session of the account ends. */
export async function changePassword(ctx: ServiceContext, input: ChangePassword, currentToken: string): Promise<Account> {
  const id = accountIdOf(ctx);
  const row = await store.findAccountById(ctx.db, ctx.provinceCode, id);
  if (!row || !(await verifyPassword(row.passwordHash, input.currentPassword))) {
    throw invalidField('currentPassword', text('Mật khẩu hiện tại không đúng.', 'The current password is wrong.'));
  }
  const weakness = passwordWeakness(input.newPassword, [row.username, row.nationalId ?? '']);
  if (weakness) throw invalidField('newPassword', weakness);
  if (input.newPassword === input.currentPassword) {
    throw invalidField('newPassword', text('Mật khẩu mới phải khác mật khẩu hiện tại.', 'The new password must differ from the current one.'));
  }
  const passwordHash = await hashPassword(input.newPassword);
  return withTransaction(ctx, async (tx) => {
    const now = tx.now();
    await store.updateAccount(tx.db, tx.provinceCode, id, { passwordHash, mustChangePassword: false, passwordChangedAt: now }, now);
    await store.deleteSessionsOf(tx.db, tx.provinceCode, id, hashToken(currentToken));
    await recordAudit(tx, { action: 'auth.password_changed', entityType: 'account', entityId: id });
    return toAccount(tx, (await store.findAccountById(tx.db, tx.provinceCode, id))!);
  });
}

/**
 * Creates a citizen account; the personal ID number is the login. Until the identity is
 * confirmed through VNeID the account is marked unverified.
 */
export async function registerCitizen(ctx: ServiceContext, input: RegisterCitizen): Promise<Account> {
  const weakness = passwordWeakness(input.password, [input.nationalId, input.phone]);
  if (weakness) throw invalidField('password', weakness);
  const passwordHash = await hashPassword(input.password);
  return withTransaction(ctx, async (tx) => {
    const taken = await store.takenIdentifiers(tx.db, tx.provinceCode, { username: input.nationalId, nationalId: input.nationalId, phone: input.phone, email: input.email ?? null });
    if (taken.length > 0) {
      const field = taken.includes('nationalId') || taken.includes('username') ? 'nationalId' : taken[0]!;
      const messages = {
        nationalId: text('Số định danh này đã có tài khoản; hãy đăng nhập hoặc khôi phục mật khẩu.', 'An account with this personal ID number exists; sign in or recover the password.'),
        phone: text('Số điện thoại này đã được đăng ký.', 'This phone number is already registered.'),
        email: text('Địa chỉ e-mail này đã được đăng ký.', 'This e-mail address is already registered.'),
        username: text('Số định danh này đã có tài khoản.', 'An account with this personal ID number exists.'),
      };
      throw conflict(messages[field], { field });
    }
    const now = tx.now();
    const id = randomUUID();
    await store.insertAccount(tx.db, {
      provinceCode: tx.provinceCode,
      id,
      kind: 'citizen',
      username: input.nationalId,
      fullName: input.fullName.trim(),
      nationalId: input.nationalId,
      phone: input.phone,
      email: input.email ?? null,
      passwordHash,
      status: 'active',
      mustChangePassword: false,
      failedLogins: 0,
      lockedUntil: null,
      identityVerifiedAt: null,
      passwordChangedAt: now,
      createdAt: now,
      updatedAt: now,
    });
    const account = await toAccount(tx, (await store.findAccountById(tx.db, tx.provinceCode, id))!);
    await recordAudit(tx, { action: 'account.registered', entityType: 'account', entityId: id, after: auditView(account) });
    return account;
  });
}
