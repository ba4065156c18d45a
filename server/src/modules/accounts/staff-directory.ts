import type { Role } from '../../platform/auth/actor.js';
import type { ServiceContext } from '../../platform/context.js';
import { holdersOf } from './store.js';

export interface StaffMember {
  id: string;
  fullName: string;
  username: string;
  email: string | null;
}

/** Active staff holding a role at an agency: whom a dossier can be assigned to. */
export function staffHolding(ctx: ServiceContext, agencyCode: string, role: Role): Promise<StaffMember[]> {
  return holdersOf(ctx.db, ctx.provinceCode, agencyCode, role);
}
