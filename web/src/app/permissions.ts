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

/** dossiers.work: staff with a work queue (their seats: agency × role). Supervisors see dossiers but hold no seat. */
export const canWorkOnDossiers = (account: Account | undefined): boolean => holds(account, ['officer', 'specialist', 'leader', 'clerk']);

/** Opening one dossier: everyone with dossiers.work, supervisors included. */
export const canViewDossiers = (account: Account | undefined): boolean => holds(account, ['officer', 'specialist', 'leader', 'clerk', 'supervisor']);

/** dossiers.receive: one-stop officers at a service center desk. */
export const canReceiveDossiers = (account: Account | undefined): boolean =>
  account?.kind === 'staff' && account.memberships.some((m) => m.role === 'officer' && m.agencyKind === 'service_center');

/** The agency dashboard: leaders and supervisors. */
export const canSeeDashboard = (account: Account | undefined): boolean => holds(account, ['leader', 'supervisor']);

/** dossiers.configure: leaders (and administrators) switch assignment by workload. */
export const canConfigureWorkflow = (account: Account | undefined): boolean => holds(account, ['leader', 'admin']);

/** payments.configure: administrators set the bank account their agencies' fees are paid into. */
export const canConfigurePayments = (account: Account | undefined): boolean => holds(account, ['admin']);

/**
 * payments.unmatched.read: one-stop officers, administrators and supervisors see the bank
 * transfers that matched no dossier (the server narrows it to their commune's desks, or the
 * whole province for province administrators and supervisors).
 */
export const canReadUnmatchedPayments = (account: Account | undefined): boolean => holds(account, ['officer', 'admin', 'supervisor']);

/** payments.unmatched.assign: one-stop officers and administrators assign such a transfer to a dossier. */
export const canAssignUnmatchedPayments = (account: Account | undefined): boolean => holds(account, ['officer', 'admin']);

/** Where a signed-in user lands. */
export function homeOf(account: Account): string {
  if (account.kind === 'staff') return account.mustChangePassword ? paths.changePassword : paths.staff;
  return paths.myAccount;
}
