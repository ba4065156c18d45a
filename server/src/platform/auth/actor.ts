import type { LocalizedText } from '../i18n.js';

/** Staff roles (DOMAIN.md "Roles"); a role is always held at one agency. */
export const ROLES = ['admin', 'officer', 'specialist', 'leader', 'clerk', 'supervisor'] as const;
export type Role = (typeof ROLES)[number];

export const roleNames: Record<Role, LocalizedText> = {
  admin: { vi: 'Quản trị viên', en: 'Administrator' },
  officer: { vi: 'Cán bộ một cửa', en: 'One-stop officer' },
  specialist: { vi: 'Chuyên viên', en: 'Specialist' },
  leader: { vi: 'Lãnh đạo', en: 'Leader' },
  clerk: { vi: 'Văn thư', en: 'Clerk' },
  supervisor: { vi: 'Giám sát', en: 'Supervisor' },
};

/** One role held at one agency, with where that agency sits. */
export interface Membership {
  agencyCode: string;
  agencyKind: string;
  /** The administrative unit the agency serves (a province or a commune code). */
  unitCode: string;
  level: 'province' | 'commune';
  role: Role;
}

export interface AnonymousActor {
  kind: 'anonymous';
}

export interface StaffActor {
  kind: 'staff';
  accountId: string;
  provinceCode: string;
  username: string;
  fullName: string;
  memberships: Membership[];
  mustChangePassword: boolean;
}

export interface CitizenActor {
  kind: 'citizen';
  accountId: string;
  provinceCode: string;
  username: string;
  fullName: string;
  nationalId: string;
}

/** The platform itself: command-line tools, seeds and background jobs. */
export interface SystemActor {
  kind: 'system';
  name: string;
}

/** Who is making a request or a change. */
export type Actor = AnonymousActor | StaffActor | CitizenActor | SystemActor;

export type SignedInActor = StaffActor | CitizenActor;

export const anonymous: AnonymousActor = { kind: 'anonymous' };

/** How the actor is named in the audit log. */
export function actorLabel(actor: Actor): string {
  switch (actor.kind) {
    case 'anonymous':
      return 'anonymous';
    case 'system':
      return `system: ${actor.name}`;
    default:
      return `${actor.fullName} (${actor.username})`;
  }
}

export const actorId = (actor: Actor): string | null => (actor.kind === 'staff' || actor.kind === 'citizen' ? actor.accountId : null);
