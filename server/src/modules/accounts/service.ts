import { randomUUID } from 'node:crypto';
import { actorId } from '../../platform/auth/actor.js';
import { hashPassword, passwordWeakness } from '../../platform/auth/passwords.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { withTransaction, type ServiceContext } from '../../platform/context.js';
import { conflict, forbidden, invalidField, notFound, Problem, type FieldError } from '../../platform/errors.js';
import { decodeCursor, toPage, type PageOf } from '../../platform/http/pagination.js';
import { text } from '../../platform/i18n.js';
import { agencyCodesOfUnits, findAgencies } from '../units/agency-service.js';
import { adminScope, mayGrant, mayManage, maySee, type AdminScope } from './policy.js';
import type { Account, CreateStaffAccount, ListAccountsQuery, MembershipInput, UpdateAccount } from './schemas.js';
import * as store from './store.js';
import { auditView, toAccount, toAccounts } from './views.js';

const accountWord = text('tài khoản', 'account');

/** Accounts the administrator may see, filtered. */
export async function listAccounts(ctx: ServiceContext, query: ListAccountsQuery): Promise<PageOf<Account>> {
  const scope = adminScope(ctx.actor);
  let agencyCodes = query.agency ? [query.agency] : undefined;
  if (!scope.province) {
    const mine = await agencyCodesOfUnits(ctx, [...scope.unitCodes]);
    agencyCodes = agencyCodes ? agencyCodes.filter((c) => mine.includes(c)) : mine;
  }
  const after = query.cursor ? String(decodeCursor(query.cursor, ['string'])[0]) : undefined;
  const filter = { search: query.q, kind: scope.province ? query.kind : ('staff' as const), status: query.status, agencyCodes, role: query.role };
  const rows = await store.listAccounts(ctx.db, ctx.provinceCode, filter, query.limit + 1, after);
  const page = toPage(rows, query.limit, (r) => [r.username]);
  return { items: await toAccounts(ctx, page.items), nextCursor: page.nextCursor };
}

export async function getAccount(ctx: ServiceContext, id: string): Promise<Account> {
  const account = await loadAccount(ctx, id);
  if (!maySee(adminScope(ctx.actor), account)) throw notFound(accountWord, id);
  return account;
}

async function loadAccount(ctx: ServiceContext, id: string): Promise<Account> {
  const row = await store.findAccountById(ctx.db, ctx.provinceCode, id);
  if (!row) throw notFound(accountWord, id);
  return toAccount(ctx, row);
}

/** Loads an account the administrator may change; one they may not even see is "not found". */
async function loadManageable(ctx: ServiceContext, id: string): Promise<{ account: Account; scope: AdminScope }> {
  const scope = adminScope(ctx.actor);
  const account = await loadAccount(ctx, id);
  if (!maySee(scope, account)) throw notFound(accountWord, id);
  if (!mayManage(scope, account)) {
    throw forbidden(text('Tài khoản này có vai trò ngoài phạm vi bạn quản trị.', 'This account holds roles outside the units you administer.'));
  }
  return { account, scope };
}

/** Checks that each grant names a real agency the administrator may grant at; 400/403 otherwise. */
async function checkGrants(ctx: ServiceContext, scope: AdminScope, grants: MembershipInput[]): Promise<void> {
  const agencies = await findAgencies(ctx, grants.map((g) => g.agencyCode));
  const errors: FieldError[] = [];
  grants.forEach((g, i) => {
    if (!agencies.has(g.agencyCode)) {
      errors.push({ field: `memberships/${i}/agencyCode`, in: 'body', message: text(`Không có cơ quan mã «${g.agencyCode}» trong tỉnh.`, `There is no agency '${g.agencyCode}' in the province.`) });
    }
  });
  if (errors.length > 0) throw new Problem('validation-failed', errors[0]!.message, errors);
  for (const g of grants) {
    const agency = agencies.get(g.agencyCode)!;
    if (!mayGrant(scope, { unitCode: agency.unitCode, level: agency.level, role: g.role })) {
      throw forbidden(text(`Bạn không được giao vai trò tại ${agency.name}.`, `You may not grant roles at ${agency.nameEn}.`));
    }
  }
  const keys = grants.map((g) => `${g.agencyCode}/${g.role}`);
  const duplicate = keys.findIndex((k, i) => keys.indexOf(k) !== i);
  if (duplicate >= 0) throw invalidField(`memberships/${duplicate}`, text('Vai trò này bị lặp lại.', 'This role is listed twice.'));
}

function checkPassword(password: string, personal: string[], field: string): void {
  const weakness = passwordWeakness(password, personal);
  if (weakness) throw invalidField(field, weakness);
}

async function checkUnique(ctx: ServiceContext, values: Parameters<typeof store.takenIdentifiers>[2], exceptId?: string): Promise<void> {
  const taken = await store.takenIdentifiers(ctx.db, ctx.provinceCode, values, exceptId);
  const messages = {
    username: text('Tên đăng nhập đã có người dùng.', 'This username is already taken.'),
    nationalId: text('Số định danh này đã có tài khoản.', 'An account with this personal ID number already exists.'),
    phone: text('Số điện thoại này đã được đăng ký.', 'This phone number is already registered.'),
    email: text('Địa chỉ e-mail này đã được đăng ký.', 'This e-mail address is already registered.'),
  };
  const first = taken[0];
  if (first) {
    throw conflict(messages[first], { field: first, errors: taken.map((f) => ({ field: f, in: 'body', message: messages[f] })) });
  }
}

/** Creates a staff account with its roles; the person must change the initial password at first login. */
export async function createStaffAccount(ctx: ServiceContext, input: CreateStaffAccount): Promise<Account> {
  const scope = adminScope(ctx.actor);
  await checkGrants(ctx, scope, input.memberships);
  checkPassword(input.password, [input.username], 'password');
  // Hash before the transaction: it takes tens of milliseconds and needs no lock.
  const passwordHash = await hashPassword(input.password);
  return withTransaction(ctx, async (tx) => {
    await checkUnique(tx, { username: input.username });
    const now = tx.now();
    const id = randomUUID();
    await store.insertAccount(tx.db, {
      provinceCode: tx.provinceCode,
      id,
      kind: 'staff',
      username: input.username,
      fullName: input.fullName.trim(),
      nationalId: null,
      phone: input.phone ?? null,
      email: input.email ?? null,
      passwordHash,
      status: 'active',
      mustChangePassword: true,
      failedLogins: 0,
      lockedUntil: null,
      identityVerifiedAt: null,
      passwordChangedAt: now,
      createdAt: now,
      updatedAt: now,
    });
    await store.replaceMemberships(tx.db, tx.provinceCode, id, input.memberships);
    const account = await loadAccount(tx, id);
    await recordAudit(tx, { action: 'account.created', entityType: 'account', entityId: id, after: auditView(account) });
    return account;
  });
}

export async function updateAccount(ctx: ServiceContext, id: string, patch: UpdateAccount): Promise<Account> {
  return withTransaction(ctx, async (tx) => {
    const { account } = await loadManageable(tx, id);
    if (patch.status === 'disabled' && id === actorId(tx.actor)) {
      throw conflict(text('Bạn không thể tự vô hiệu hóa tài khoản của mình.', 'You cannot disable your own account.'));
    }
    if (account.kind === 'citizen' && (patch.phone !== undefined || patch.email !== undefined)) {
      await checkUnique(tx, { phone: patch.phone, email: patch.email }, id);
    }
    const changes: store.AccountChanges = {};
    if (patch.fullName !== undefined) changes.fullName = patch.fullName.trim();
    if (patch.email !== undefined) changes.email = patch.email;
    if (patch.phone !== undefined) changes.phone = patch.phone;
    if (patch.status !== undefined) changes.status = patch.status;
    await store.updateAccount(tx.db, tx.provinceCode, id, changes, tx.now());
    if (patch.status === 'disabled') await store.deleteSessionsOf(tx.db, tx.provinceCode, id);
    const updated = await loadAccount(tx, id);
    await recordAudit(tx, { action: 'account.updated', entityType: 'account', entityId: id, before: auditView(account), after: auditView(updated) });
    return updated;
  });
}

/** Replaces an account's roles. An administrator cannot take away their own administrator role. */
export async function replaceMemberships(ctx: ServiceContext, id: string, grants: MembershipInput[]): Promise<Account> {
  return withTransaction(ctx, async (tx) => {
    const { account, scope } = await loadManageable(tx, id);
    if (account.kind !== 'staff') throw conflict(text('Tài khoản công dân không có vai trò cán bộ.', 'Citizen accounts hold no staff roles.'));
    await checkGrants(tx, scope, grants);
    if (id === actorId(tx.actor)) {
      const keeps = account.memberships.filter((m) => m.role === 'admin').every((m) => grants.some((g) => g.role === 'admin' && g.agencyCode === m.agencyCode));
      if (!keeps) throw conflict(text('Bạn không thể tự bỏ vai trò quản trị của mình.', 'You cannot remove your own administrator role.'));
    }
    await store.replaceMemberships(tx.db, tx.provinceCode, id, grants);
    await store.updateAccount(tx.db, tx.provinceCode, id, {}, tx.now());
    const updated = await loadAccount(tx, id);
    await recordAudit(tx, { action: 'account.roles_changed', entityType: 'account', entityId: id, before: auditView(account), after: auditView(updated) });
    return updated;
  });
}

/** Sets a temporary password: every session ends and the person must choose a new one. */
export async function resetPassword(ctx: ServiceContext, id: string, newPassword: string): Promise<Account> {
  const passwordHash = await hashPassword(newPassword);
  return withTransaction(ctx, async (tx) => {
    const { account } = await loadManageable(tx, id);
    checkPassword(newPassword, [account.username, account.nationalId ?? ''], 'newPassword');
    const now = tx.now();
    await store.updateAccount(tx.db, tx.provinceCode, id, { passwordHash, mustChangePassword: true, passwordChangedAt: now, failedLogins: 0, lockedUntil: null }, now);
    await store.deleteSessionsOf(tx.db, tx.provinceCode, id);
    await recordAudit(tx, { action: 'account.password_reset', entityType: 'account', entityId: id });
    return loadAccount(tx, id);
  });
}

/** Lifts a lockout after too many failed logins. */
export async function unlockAccount(ctx: ServiceContext, id: string): Promise<Account> {
  return withTransaction(ctx, async (tx) => {
    await loadManageable(tx, id);
    await store.updateAccount(tx.db, tx.provinceCode, id, { failedLogins: 0, lockedUntil: null }, tx.now());
    await recordAudit(tx, { action: 'account.unlocked', entityType: 'account', entityId: id });
    return loadAccount(tx, id);
  });
}
