import type { LocalizedText } from '../i18n.js';
import type { Actor, Membership, Role, StaffActor } from './actor.js';

/** A named right held by some staff roles; defined in each module's policy.ts. */
export interface Permission {
  name: string;
  roles: readonly Role[];
  description: LocalizedText;
}

export function definePermission(name: string, roles: readonly Role[], description: LocalizedText): Permission {
  return { name, roles, description };
}

/**
 * Who may call a route. Every route under /api declares one; app start fails otherwise.
 * Fine-grained checks (which unit, which record) follow in the module's policy.
 */
export type Access =
  | { kind: 'public' }
  | { kind: 'signed-in' }
  | { kind: 'citizen' }
  | { kind: 'staff'; permission: Permission; provinceWide?: boolean };

export const publicAccess: Access = { kind: 'public' };
export const signedIn: Access = { kind: 'signed-in' };
export const citizenOnly: Access = { kind: 'citizen' };
/**
 * Staff holding the permission. `provinceWide`: only through a role at a province agency —
 * for things that span the whole province (the audit log, the catalog, the calendar).
 */
export const staffWith = (permission: Permission, options: { provinceWide?: boolean } = {}): Access => ({ kind: 'staff', permission, ...options });

/** The memberships through which a staff actor holds a permission (empty: not held). */
export function membershipsGranting(actor: Actor, permission: Permission): Membership[] {
  if (actor.kind !== 'staff') return [];
  return actor.memberships.filter((m) => permission.roles.includes(m.role));
}

export function holds(actor: Actor, permission: Permission): actor is StaffActor {
  return membershipsGranting(actor, permission).length > 0;
}

/** Whether an actor passes a route's access declaration (before record-level policy). */
export function admits(access: Access, actor: Actor): boolean {
  switch (access.kind) {
    case 'public':
      return true;
    case 'signed-in':
      // The system (CLI, jobs) has no session: it is not a signed-in caller.
      return actor.kind === 'staff' || actor.kind === 'citizen';
    case 'citizen':
      return actor.kind === 'citizen';
    case 'staff':
      return access.provinceWide ? holdsProvinceWide(actor, access.permission) : holds(actor, access.permission);
  }
}

/** Whether the actor holds the permission through a role at a province-level agency (province-wide). */
export function holdsProvinceWide(actor: Actor, permission: Permission): boolean {
  return membershipsGranting(actor, permission).some((m) => m.level === 'province');
}
