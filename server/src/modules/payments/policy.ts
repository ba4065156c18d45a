import { definePermission, membershipsGranting } from '../../platform/auth/access.js';
import type { Actor, Membership } from '../../platform/auth/actor.js';
import { text } from '../../platform/i18n.js';

/** Set the bank account into which an agency's fees are paid. */
export const configurePayments = definePermission('payments.configure', ['admin'], text('Khai báo tài khoản thu phí, lệ phí của cơ quan', "Set the agency's account for fees"));

/**
 * Administrators of the province, or of the agency's commune: the commune's administrator
 * sits at its People's Committee, while the fees are paid at its service centre
 * (agency codes start with the unit code: docs/agency-codes.md).
 */
export function mayConfigurePayments(actor: Actor, agencyCode: string): boolean {
  const unitCode = agencyCode.split('.')[0];
  return membershipsGranting(actor, configurePayments).some((m) => m.level === 'province' || m.unitCode === unitCode);
}

/** See the bank transfers that named no dossier, received into one's desks' accounts. */
export const readUnmatchedPayments = definePermission('payments.unmatched.read', ['officer', 'admin', 'supervisor'], text('Xem chuyển khoản chưa khớp hồ sơ', 'See bank transfers that matched no dossier'));

/** Assign such a transfer to the dossier it pays for. */
export const assignUnmatchedPayments = definePermission('payments.unmatched.assign', ['officer', 'admin'], text('Gán chuyển khoản chưa khớp cho hồ sơ', 'Assign an unmatched bank transfer to a dossier'));

/**
 * Whether a membership covers the transfers into an agency's account: staff of that agency's
 * commune (its one-stop officers, the commune's administrator at its People's Committee),
 * and province administrators and supervisors for every agency — and for transfers into an
 * account no agency has (`agencyCode` null). Province officers only cover province agencies.
 */
function covers(m: Membership, agencyCode: string | null): boolean {
  if (m.level === 'province' && m.role !== 'officer') return true;
  return agencyCode !== null && m.unitCode === agencyCode.split('.')[0];
}

/** May see the unmatched transfers received into an agency's account. */
export const mayReadUnmatched = (actor: Actor, agencyCode: string | null): boolean => membershipsGranting(actor, readUnmatchedPayments).some((m) => covers(m, agencyCode));

/** May assign an unmatched transfer received into an agency's account to a dossier of that agency's desk. */
export const mayAssignUnmatched = (actor: Actor, agencyCode: string | null): boolean => membershipsGranting(actor, assignUnmatchedPayments).some((m) => covers(m, agencyCode));

/**
 * Which agencies' transfers the actor sees: undefined for all of them (province
 * administrators and supervisors), else the units (communes) whose agencies they cover.
 */
export function unmatchedScope(actor: Actor): { units: string[] } | undefined {
  const grants = membershipsGranting(actor, readUnmatchedPayments);
  if (grants.some((m) => covers(m, null))) return undefined;
  return { units: [...new Set(grants.map((m) => m.unitCode))] };
}
