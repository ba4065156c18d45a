import { roleNames } from '../../platform/auth/actor.js';
import type { ServiceContext } from '../../platform/context.js';
import { findAgencies } from '../units/agency-service.js';
import type { Account, MembershipView } from './schemas.js';
import { membershipsOf, type AccountRow } from './store.js';

/** Accounts as the API shows them: no secrets, each role with its agency and unit. */
export async function toAccounts(ctx: ServiceContext, rows: AccountRow[]): Promise<Account[]> {
  const memberships = await membershipsOf(ctx.db, ctx.provinceCode, rows.map((r) => r.id));
  const agencies = await findAgencies(ctx, memberships.map((m) => m.agencyCode));
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    username: row.username,
    fullName: row.fullName,
    nationalId: row.nationalId,
    phone: row.phone,
    email: row.email,
    status: row.status,
    mustChangePassword: row.mustChangePassword,
    lockedUntil: row.lockedUntil && row.lockedUntil > ctx.now() ? row.lockedUntil.toISOString() : null,
    identityVerified: row.identityVerifiedAt !== null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    memberships: memberships
      .filter((m) => m.accountId === row.id)
      .flatMap((m): MembershipView[] => {
        const agency = agencies.get(m.agencyCode);
        if (!agency) return [];
        return [
          {
            agencyCode: agency.code,
            agencyName: agency.name,
            agencyNameEn: agency.nameEn,
            agencyKind: agency.kind,
            unitCode: agency.unitCode,
            unitName: agency.unitName,
            level: agency.level,
            role: m.role,
            roleName: roleNames[m.role],
          },
        ];
      }),
  }));
}

export async function toAccount(ctx: ServiceContext, row: AccountRow): Promise<Account> {
  return (await toAccounts(ctx, [row]))[0]!;
}

/** What the audit log keeps of an account: no password hash, no volatile counters. */
export function auditView(account: Account): Record<string, unknown> {
  const { createdAt: _c, updatedAt: _u, lockedUntil: _l, ...rest } = account;
  return { ...rest, memberships: account.memberships.map((m) => `${m.role}@${m.agencyCode}`) };
}
