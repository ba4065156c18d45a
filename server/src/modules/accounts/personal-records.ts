import { recordAudit } from '../../platform/audit/audit.js';
import { withTransaction, type ServiceContext } from '../../platform/context.js';
import { unauthenticated } from '../../platform/errors.js';
import * as store from './store.js';

/**
 * The personal data store (kho quản lý dữ liệu điện tử, Decree 45/2020/NĐ-CP Art. 16):
 * what the state already holds about a person — identity and residence synced from the
 * national population database, results issued here — so forms are prefilled and nobody
 * hands in the same paper twice.
 */
export interface PersonalRecord {
  type: string;
  data: Record<string, unknown>;
  source: string;
  recordedAt: string;
}

export async function recordsOf(ctx: ServiceContext, nationalId: string): Promise<PersonalRecord[]> {
  return (await store.personalRecords(ctx.db, ctx.provinceCode, nationalId)).map((r) => ({ ...r, recordedAt: r.recordedAt.toISOString() }));
}

/** Stores (or replaces) a person's record of one type, in the caller's transaction, audited. */
export async function putRecord(ctx: ServiceContext, nationalId: string, record: { type: string; data: Record<string, unknown>; source: string }): Promise<void> {
  await withTransaction(ctx, async (tx) => {
    await store.putPersonalRecord(tx.db, tx.provinceCode, nationalId, { ...record, recordedAt: tx.now() });
    await recordAudit(tx, { action: 'personal_record.put', entityType: 'personal_record', entityId: `${nationalId}/${record.type}`, after: { source: record.source } });
  });
}

/** The signed-in citizen's own profile: account data and the records held about them. */
export async function ownProfile(ctx: ServiceContext): Promise<{ account: Record<string, string | null>; records: PersonalRecord[] }> {
  if (ctx.actor.kind !== 'citizen') throw unauthenticated();
  const row = await store.findAccountById(ctx.db, ctx.provinceCode, ctx.actor.accountId);
  if (!row) throw unauthenticated();
  return {
    account: { fullName: row.fullName, nationalId: row.nationalId, phone: row.phone, email: row.email },
    records: row.nationalId ? await recordsOf(ctx, row.nationalId) : [],
  };
}
