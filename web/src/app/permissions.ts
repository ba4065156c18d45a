import type { Account, Role } from '../api/types';
import { paths } from './paths';

/**
 * What the screens offer a user. The server decides (every route checks); these only hide
 * what would be refused. They mirror the permissions in the server's policy.ts files.
 */
function holds(account: Account | undefined, roles: readonly Role[], provinceOnly = false): boolean {
  if (!account || account.kind !== 'staff') return false;
  return account.memberships.some((m) => roles.includes(m.role) && (!provinceOnly || m.level === 'province'));
}

/** accounts.manage: administrators (province-wide, or of their commune). */
export const canManageAccounts = (account: Account | undefined): boolean => holds(account, ['admin']);

/** audit.read: administrators and supervisors at a province agency. */
export const canReadAudit = (account: Account | undefined): boolean => holds(account, ['admin', 'supervisor'], true);

/** Where a signed-in user lands. */
export function homeOf(account: Account): string {
  if (account.kind === 'staff') return account.mustChangePassword ? paths.changePassword : paths.staff;
  return paths.myAccount;
}
