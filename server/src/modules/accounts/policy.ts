import { definePermission, membershipsGranting } from '../../platform/auth/access.js';
import type { Actor, Role } from '../../platform/auth/actor.js';
import { text } from '../../platform/i18n.js';

/** Create, change and disable accounts, and grant roles. */
export const manageAccounts = definePermission('accounts.manage', ['admin'], text('Quản lý tài khoản và phân quyền', 'Manage accounts and roles'));

/**
 * Where an administrator acts: an admin at a province agency administers the whole
 * province; an admin at a commune agency administers the staff of that commune only.
 */
export interface AdminScope {
  province: boolean;
  unitCodes: Set<string>;
}

export function adminScope(actor: Actor): AdminScope {
  const grants = membershipsGranting(actor, manageAccounts);
  return { province: grants.some((m) => m.level === 'province'), unitCodes: new Set(grants.map((m) => m.unitCode)) };
}

interface AccountShape {
  kind: 'staff' | 'citizen';
  memberships: Array<{ unitCode: string }>;
}

/** Whether the administrator may see an account: any of its roles lies in the scope. */
export function maySee(scope: AdminScope, account: AccountShape): boolean {
  if (scope.province) return true;
  return account.kind === 'staff' && account.memberships.some((m) => scope.unitCodes.has(m.unitCode));
}

/**
 * Whether the administrator may change an account: every one of its roles lies in the
 * scope, so a commune administrator never touches another commune's roles. Accounts with
 * no role, and citizens, belong to the province administrators.
 */
export function mayManage(scope: AdminScope, account: AccountShape): boolean {
  if (scope.province) return true;
  return account.kind === 'staff' && account.memberships.length > 0 && account.memberships.every((m) => scope.unitCodes.has(m.unitCode));
}

/** Whether the administrator may grant `role` at an agency of `unitCode` (commune admins: their commune only). */
export function mayGrant(scope: AdminScope, grant: { unitCode: string; level: 'province' | 'commune'; role: Role }): boolean {
  if (scope.province) return true;
  return grant.level === 'commune' && scope.unitCodes.has(grant.unitCode);
}
