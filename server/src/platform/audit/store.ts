import type { Executor } from '../db/database.js';
import type { ChainedEntry } from './chain.js';
import { GENESIS_HASH } from './chain.js';

export interface AuditRow extends ChainedEntry {
  hash: string;
}

/**
 * Locks the province's chain head and returns it; the lock holds until the transaction
 * ends, so appends from concurrent transactions queue up behind it.
 */
export async function lockHead(trx: Executor, provinceCode: string): Promise<{ seq: number; hash: string }> {
  await trx
    .insertInto('auditHeads')
    .values({ provinceCode, seq: 0, hash: GENESIS_HASH })
    .onConflict((oc) => oc.column('provinceCode').doNothing())
    .execute();
  return trx
    .selectFrom('auditHeads')
    .select(['seq', 'hash'])
    .where('provinceCode', '=', provinceCode)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

export async function insertEntry(trx: Executor, row: AuditRow): Promise<void> {
  await trx
    .insertInto('auditLog')
    .values({
      ...row,
      before: JSON.stringify(row.before),
      after: JSON.stringify(row.after),
      context: JSON.stringify(row.context),
    })
    .execute();
  await trx.updateTable('auditHeads').set({ seq: row.seq, hash: row.hash }).where('provinceCode', '=', row.provinceCode).execute();
}

export async function findHead(db: Executor, provinceCode: string): Promise<{ seq: number; hash: string } | undefined> {
  return db.selectFrom('auditHeads').select(['seq', 'hash']).where('provinceCode', '=', provinceCode).executeTakeFirst();
}

/** Entries with seq > afterSeq in chain order, a batch at a time. */
export async function entriesAfter(db: Executor, provinceCode: string, afterSeq: number, limit: number): Promise<AuditRow[]> {
  const rows = await db
    .selectFrom('auditLog')
    .selectAll()
    .where('provinceCode', '=', provinceCode)
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
  return rows as AuditRow[];
}

export interface AuditFilter {
  entityType?: string | undefined;
  entityId?: string | undefined;
  actorId?: string | undefined;
  action?: string | undefined;
  beforeSeq?: number | undefined;
}

/** Newest first, for people reading the log. */
export async function listEntries(db: Executor, provinceCode: string, filter: AuditFilter, limit: number): Promise<AuditRow[]> {
  let query = db.selectFrom('auditLog').selectAll().where('provinceCode', '=', provinceCode);
  if (filter.entityType) query = query.where('entityType', '=', filter.entityType);
  if (filter.entityId) query = query.where('entityId', '=', filter.entityId);
  if (filter.actorId) query = query.where('actorId', '=', filter.actorId);
  if (filter.action) query = query.where('action', '=', filter.action);
  if (filter.beforeSeq !== undefined) query = query.where('seq', '<', filter.beforeSeq);
  return (await query.orderBy('seq', 'desc').limit(limit).execute()) as AuditRow[];
}
