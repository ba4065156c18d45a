import { randomUUID } from 'node:crypto';
import type { Role } from '../../platform/auth/actor.js';
import { hashPassword, passwordWeakness } from '../../platform/auth/passwords.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { withTransaction, type ServiceContext } from '../../platform/context.js';
import { findAgencies } from '../units/agency-service.js';
import * as store from './store.js';

export interface BootstrapAccount {
  kind: 'staff' | 'citizen';
  username: string;
  fullName: string;
  password: string;
  nationalId?: string;
  phone?: string;
  email?: string;
  memberships?: Array<{ agencyCode: string; role: Role }>;
  mustChangePassword?: boolean;
}

/**
 * Creates an account from the command line or the demo seed, where no administrator
 * exists yet to do it through the API. Returns false when the username is taken.
 */
export async function bootstrapAccount(ctx: ServiceContext, input: BootstrapAccount): Promise<boolean> {
  const weakness = passwordWeakness(input.password, [input.username]);
  if (weakness) throw new Error(weakness.en);
  const memberships = input.memberships ?? [];
  const agencies = await findAgencies(ctx, memberships.map((m) => m.agencyCode));
  const missing = memberships.find((m) => !agencies.has(m.agencyCode));
  if (missing) throw new Error(`no agency ${missing.agencyCode} in province ${ctx.provinceCode}; run 'motcua provision' first`);
  const passwordHash = await hashPassword(input.password);
  return withTransaction(ctx, async (tx) => {
    if (await store.findAccountByUsername(tx.db, tx.provinceCode, input.username)) return false;
    const now = tx.now();
    const id = randomUUID();
    await store.insertAccount(tx.db, {
      provinceCode: tx.provinceCode,
      id,
      kind: input.kind,
      username: input.username,
      fullName: input.fullName,
      nationalId: input.nationalId ?? null,
      phone: input.phone ?? null,
      email: input.email ?? null,
      passwordHash,
      status: 'active',
      mustChangePassword: input.mustChangePassword ?? false,
      failedLogins: 0,
      lockedUntil: null,
      identityVerifiedAt: null,
      passwordChangedAt: now,
      createdAt: now,
      updatedAt: now,
    });
    await store.replaceMemberships(tx.db, tx.provinceCode, id, memberships);
    await recordAudit(tx, {
      action: 'account.created',
      entityType: 'account',
      entityId: id,
      after: { kind: input.kind, username: input.username, fullName: input.fullName, memberships: memberships.map((m) => `${m.role}@${m.agencyCode}`) },
    });
    return true;
  });
}

/** Whether the province has any account yet (the demo seed runs only on an empty one). */
export async function hasAccounts(ctx: ServiceContext): Promise<boolean> {
  return (await store.countAccounts(ctx.db, ctx.provinceCode)) > 0;
}
