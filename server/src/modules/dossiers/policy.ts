import { definePermission, membershipsGranting } from '../../platform/auth/access.js';
import type { Actor, Role } from '../../platform/auth/actor.js';
import { text } from '../../platform/i18n.js';
import type { DossierRow } from './store.js';
import { isApplicant } from './workflow.js';

/** Receive dossiers at a one-stop desk. */
export const receiveDossiers = definePermission('dossiers.receive', ['officer'], text('Tiếp nhận hồ sơ tại quầy', 'Receive dossiers at the desk'));

/** See and work on the dossiers of one's agencies. */
export const workOnDossiers = definePermission('dossiers.work', ['officer', 'specialist', 'leader', 'clerk', 'supervisor'], text('Xem và xử lý hồ sơ của cơ quan mình', "See and process one's agencies' dossiers"));

/** Switch automatic assignment for an agency. */
export const configureWorkflow = definePermission('dossiers.configure', ['leader', 'admin'], text('Cấu hình phân công xử lý của cơ quan', "Configure the agency's assignment"));

/**
 * Who may see a dossier: the applicant; staff of an agency it was received at, is decided
 * by, or passes through; supervisors of the whole province. Administrators manage
 * accounts, not dossiers, and see none.
 */
export function canView(actor: Actor, d: Pick<DossierRow, 'involvedAgencies' | 'applicantAccountId' | 'applicantNationalId'>): boolean {
  if (actor.kind === 'citizen') return isApplicant(actor, d);
  const grants = membershipsGranting(actor, workOnDossiers);
  if (grants.some((m) => m.role === 'supervisor' && m.level === 'province')) return true;
  return grants.some((m) => d.involvedAgencies.includes(m.agencyCode));
}

/**
 * The agencies whose dossiers a staff member sees in search, or undefined for the whole
 * province (province-level supervisors).
 */
export function visibleAgencies(actor: Actor): string[] | undefined {
  const grants = membershipsGranting(actor, workOnDossiers);
  if (grants.some((m) => m.role === 'supervisor' && m.level === 'province')) return undefined;
  return [...new Set(grants.map((m) => m.agencyCode))];
}

/** The (agency, role) seats whose work queue the actor sees. */
export function seatsOf(actor: Actor, agencyCode?: string): Array<{ agencyCode: string; role: Role }> {
  return membershipsGranting(actor, workOnDossiers)
    .filter((m) => m.role !== 'supervisor' && (!agencyCode || m.agencyCode === agencyCode))
    .map((m) => ({ agencyCode: m.agencyCode, role: m.role }));
}

/** Leaders and administrators configure their own agency's workflow. */
export function mayConfigure(actor: Actor, agencyCode: string): boolean {
  return membershipsGranting(actor, configureWorkflow).some((m) => m.agencyCode === agencyCode || (m.role === 'admin' && m.level === 'province'));
}
