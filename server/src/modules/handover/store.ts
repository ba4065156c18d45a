import { sql, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import { escapeLike } from '../../platform/text.js';

export type ImportState = 'running' | 'completed';
export type StagedState = 'staged' | 'archived' | 'in_review' | 'handed_over';

export interface ImportRow {
  provinceCode: string;
  id: string;
  fileName: string;
  fileSha256: string;
  fileSize: number;
  format: 'jsonl' | 'csv';
  header: string[] | null;
  state: ImportState;
  byteOffset: number;
  lineNumber: number;
  accepted: number;
  unchanged: number;
  rejected: number;
  startedBy: string;
  startedAt: Date;
  updatedAt: Date;
  finishedAt: Date | null;
}

/** Creates the import of a file unless one exists (by checksum); returns the one that holds. */
export async function findOrCreateImport(db: Executor, row: ImportRow): Promise<ImportRow> {
  await db
    .insertInto('legacyImports')
    .values({ ...row, header: row.header ? JSON.stringify(row.header) : null })
    .onConflict((oc) => oc.columns(['provinceCode', 'fileSha256']).doNothing())
    .execute();
  return (await db.selectFrom('legacyImports').selectAll().where('provinceCode', '=', row.provinceCode).where('fileSha256', '=', row.fileSha256).executeTakeFirstOrThrow()) as ImportRow;
}

/** The import, locked until the transaction ends: one batch of one file at a time. */
export async function lockImport(trx: Executor, provinceCode: string, id: string): Promise<ImportRow> {
  return (await trx.selectFrom('legacyImports').selectAll().where('provinceCode', '=', provinceCode).where('id', '=', id).forUpdate().executeTakeFirstOrThrow()) as ImportRow;
}

export async function advanceImport(
  trx: Executor,
  provinceCode: string,
  id: string,
  to: { byteOffset: number; lineNumber: number; accepted: number; unchanged: number; rejected: number; header?: string[]; state?: ImportState },
  now: Date,
): Promise<void> {
  await trx
    .updateTable('legacyImports')
    .set({
      byteOffset: to.byteOffset,
      lineNumber: to.lineNumber,
      accepted: sql`accepted + ${to.accepted}`,
      unchanged: sql`unchanged + ${to.unchanged}`,
      rejected: sql`rejected + ${to.rejected}`,
      updatedAt: now,
      ...(to.header ? { header: JSON.stringify(to.header) } : {}),
      ...(to.state === 'completed' ? { state: 'completed', finishedAt: now } : {}),
    })
    .where('provinceCode', '=', provinceCode)
    .where('id', '=', id)
    .execute();
}

export async function listImports(db: Executor, provinceCode: string, limit: number, beforeStartedAt?: string): Promise<ImportRow[]> {
  let query = db.selectFrom('legacyImports').selectAll().where('provinceCode', '=', provinceCode);
  if (beforeStartedAt) query = query.where('startedAt', '<', new Date(beforeStartedAt));
  return (await query.orderBy('startedAt', 'desc').limit(limit).execute()) as ImportRow[];
}

export async function findImport(db: Executor, provinceCode: string, id: string): Promise<ImportRow | undefined> {
  return (await db.selectFrom('legacyImports').selectAll().where('provinceCode', '=', provinceCode).where('id', '=', id).executeTakeFirst()) as ImportRow | undefined;
}

export interface StagedInsert {
  provinceCode: string;
  codeKey: string;
  legacyCode: string;
  importId: string;
  lineNumber: number;
  rowSha256: string;
  record: unknown;
  validation: unknown;
  oldUnitCode: string;
  oldUnitLevel: string;
  procedureSlug: string;
  legacyStatus: string;
  receivedAt: Date | null;
  dueAt: Date | null;
  state: StagedState;
  importedAt: Date;
}

/** Inserts rows whose old code is new; returns the keys inserted (the others were there). */
export async function insertStaged(trx: Executor, rows: StagedInsert[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const inserted = await trx
    .insertInto('legacyDossiers')
    .values(rows.map((r) => ({ ...r, record: JSON.stringify(r.record), validation: JSON.stringify(r.validation) })))
    .onConflict((oc) => oc.columns(['provinceCode', 'codeKey']).doNothing())
    .returning('codeKey')
    .execute();
  return new Set(inserted.map((r) => r.codeKey));
}

/** Where rows with these keys came from (to tell a duplicate from a row seen before). */
export async function stagedOrigins(db: Executor, provinceCode: string, keys: string[]): Promise<Map<string, { importId: string; lineNumber: number; rowSha256: string; fileName: string }>> {
  if (keys.length === 0) return new Map();
  const rows = await db
    .selectFrom('legacyDossiers as l')
    .innerJoin('legacyImports as i', (j) => j.onRef('i.provinceCode', '=', 'l.provinceCode').onRef('i.id', '=', 'l.importId'))
    .select(['l.codeKey', 'l.importId', 'l.lineNumber', 'l.rowSha256', 'i.fileName'])
    .where('l.provinceCode', '=', provinceCode)
    .where('l.codeKey', 'in', keys)
    .execute();
  return new Map(rows.map((r) => [r.codeKey, r]));
}

export interface RejectRow {
  provinceCode: string;
  importId: string;
  lineNumber: number;
  byteOffset: number;
  legacyCode: string | null;
  reasons: unknown;
  raw: string;
}

export async function insertRejects(trx: Executor, rows: RejectRow[]): Promise<void> {
  if (rows.length === 0) return;
  await trx
    .insertInto('legacyImportRejects')
    .values(rows.map((r) => ({ ...r, reasons: JSON.stringify(r.reasons) })))
    .onConflict((oc) => oc.columns(['provinceCode', 'importId', 'lineNumber']).doNothing())
    .execute();
}

export async function listRejects(db: Executor, provinceCode: string, importId: string, limit: number, afterLine?: number): Promise<RejectRow[]> {
  let query = db.selectFrom('legacyImportRejects').selectAll().where('provinceCode', '=', provinceCode).where('importId', '=', importId);
  if (afterLine !== undefined) query = query.where('lineNumber', '>', afterLine);
  return (await query.orderBy('lineNumber').limit(limit).execute()) as RejectRow[];
}

/** A staged row as read back: what was inserted, and the hand-over's decision on it. */
export interface StagedRow extends Omit<StagedInsert, 'rowSha256' | 'record'> {
  record: Record<string, unknown>;
  decision: Record<string, unknown> | null;
  targetAgencyCode: string | null;
  reviewAgencyCode: string | null;
  reviewDueAt: Date | null;
  dossierId: string | null;
  transferId: string | null;
  decidedAt: Date | null;
}

/**
 * The next rows to hand over, locked until the transaction ends; rows another transfer
 * holds are skipped, so two transfers running at once never take the same dossier.
 */
export async function claimStaged(trx: Executor, provinceCode: string, limit: number): Promise<StagedRow[]> {
  return (await trx
    .selectFrom('legacyDossiers')
    .selectAll()
    .where('provinceCode', '=', provinceCode)
    .where('state', '=', 'staged')
    .orderBy('codeKey')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute()) as StagedRow[];
}

/** Staged rows in key order, a page at a time, unlocked (the dry run). */
export async function pageStaged(db: Executor, provinceCode: string, limit: number, afterKey?: string): Promise<StagedRow[]> {
  let query = db.selectFrom('legacyDossiers').selectAll().where('provinceCode', '=', provinceCode).where('state', '=', 'staged');
  if (afterKey !== undefined) query = query.where('codeKey', '>', afterKey);
  return (await query.orderBy('codeKey').limit(limit).execute()) as StagedRow[];
}

export async function countStaged(db: Executor, provinceCode: string): Promise<number> {
  const row = await db.selectFrom('legacyDossiers').select((eb) => eb.fn.countAll<number>().as('n')).where('provinceCode', '=', provinceCode).where('state', '=', 'staged').executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface Outcome {
  codeKey: string;
  state: 'in_review' | 'handed_over';
  decision: Record<string, unknown>;
  targetAgencyCode: string | null;
  reviewAgencyCode: string | null;
  reviewDueAt: Date | null;
  dossierId: string | null;
}

/** Records what became of rows (one statement for the whole batch). */
export async function recordOutcomes(trx: Executor, provinceCode: string, transferId: string | null, outcomes: Outcome[], now: Date): Promise<void> {
  if (outcomes.length === 0) return;
  const values = sql.join(
    outcomes.map(
      (o) =>
        sql`(${o.codeKey}, ${o.state}, ${JSON.stringify(o.decision)}::jsonb, ${o.targetAgencyCode}, ${o.reviewAgencyCode}, ${o.reviewDueAt ? o.reviewDueAt.toISOString() : null}::timestamptz, ${o.dossierId}::uuid)`,
    ),
  );
  await sql`
    update legacy_dossiers l set state = v.state, decision = v.decision, target_agency_code = v.target, review_agency_code = v.review,
      review_due_at = v.review_due, dossier_id = v.dossier, transfer_id = ${transferId}::uuid, decided_at = ${now}
    from (values ${values}) as v (code_key, state, decision, target, review, review_due, dossier)
    where l.province_code = ${provinceCode} and l.code_key = v.code_key
  `.execute(trx);
}

/** One row, locked (a review decision). */
export async function lockStagedByKey(trx: Executor, provinceCode: string, codeKey: string): Promise<StagedRow | undefined> {
  return (await trx.selectFrom('legacyDossiers').selectAll().where('provinceCode', '=', provinceCode).where('codeKey', '=', codeKey).forUpdate().executeTakeFirst()) as StagedRow | undefined;
}

export interface ReviewFilter {
  reviewAgencyCode?: string | undefined;
  oldUnitCode?: string | undefined;
  procedureSlug?: string | undefined;
  search?: string | undefined;
}

export async function listReview(db: Executor, provinceCode: string, filter: ReviewFilter, limit: number, afterKey?: string): Promise<StagedRow[]> {
  let query = db.selectFrom('legacyDossiers').selectAll().where('provinceCode', '=', provinceCode).where('state', '=', 'in_review');
  if (filter.reviewAgencyCode) query = query.where('reviewAgencyCode', '=', filter.reviewAgencyCode);
  if (filter.oldUnitCode) query = query.where('oldUnitCode', '=', filter.oldUnitCode);
  if (filter.procedureSlug) query = query.where('procedureSlug', '=', filter.procedureSlug);
  if (filter.search) {
    const like = `%${escapeLike(filter.search)}%`;
    query = query.where(sql<SqlBool>`(code_key like upper(${like}) or record->'applicant'->>'fullName' ilike ${like} or record->'applicant'->>'orgName' ilike ${like} or record->'applicant'->>'nationalId' = ${filter.search})`);
  }
  if (afterKey !== undefined) query = query.where('codeKey', '>', afterKey);
  return (await query.orderBy('codeKey').limit(limit).execute()) as StagedRow[];
}

export interface StateCounts {
  key: string;
  received: number;
  staged: number;
  archived: number;
  inReview: number;
  handedOver: number;
}

/** Staged rows counted by old unit, by the agency that took them over, or by the agency reviewing them. */
export async function countByState(db: Executor, provinceCode: string, by: 'old_unit' | 'target' | 'review'): Promise<StateCounts[]> {
  const key = by === 'old_unit' ? sql<string>`old_unit_code` : by === 'target' ? sql<string>`target_agency_code` : sql<string>`review_agency_code`;
  let query = db
    .selectFrom('legacyDossiers')
    .where('provinceCode', '=', provinceCode)
    .select([
      key.as('key'),
      sql<number>`count(*)`.as('received'),
      sql<number>`count(*) filter (where state = 'staged')`.as('staged'),
      sql<number>`count(*) filter (where state = 'archived')`.as('archived'),
      sql<number>`count(*) filter (where state = 'in_review')`.as('inReview'),
      sql<number>`count(*) filter (where state = 'handed_over')`.as('handedOver'),
    ])
    .groupBy(key);
  if (by === 'target') query = query.where('targetAgencyCode', 'is not', null);
  if (by === 'review') query = query.where('state', '=', 'in_review');
  const rows = await query.execute();
  const n = (v: unknown): number => Number(v);
  return rows.map((r) => ({ key: r.key, received: n(r.received), staged: n(r.staged), archived: n(r.archived), inReview: n(r.inReview), handedOver: n(r.handedOver) }));
}

export interface TransferRow {
  provinceCode: string;
  id: string;
  state: 'running' | 'completed' | 'failed';
  options: Record<string, unknown>;
  total: number;
  processed: number;
  handedOver: number;
  inReview: number;
  startedBy: string;
  startedAt: Date;
  updatedAt: Date;
  finishedAt: Date | null;
  lastError: string | null;
}

export async function insertTransfer(db: Executor, row: TransferRow): Promise<void> {
  await db.insertInto('legacyTransfers').values({ ...row, options: JSON.stringify(row.options) }).execute();
}

export async function advanceTransfer(db: Executor, provinceCode: string, id: string, by: { processed: number; handedOver: number; inReview: number }, now: Date): Promise<void> {
  await db
    .updateTable('legacyTransfers')
    .set({ processed: sql`processed + ${by.processed}`, handedOver: sql`handed_over + ${by.handedOver}`, inReview: sql`in_review + ${by.inReview}`, updatedAt: now })
    .where('provinceCode', '=', provinceCode)
    .where('id', '=', id)
    .execute();
}

export async function finishTransfer(db: Executor, provinceCode: string, id: string, state: 'completed' | 'failed', now: Date, error?: string): Promise<void> {
  await db
    .updateTable('legacyTransfers')
    .set({ state, finishedAt: now, updatedAt: now, lastError: error ?? null })
    .where('provinceCode', '=', provinceCode)
    .where('id', '=', id)
    .execute();
}

export async function findTransfer(db: Executor, provinceCode: string, id: string): Promise<TransferRow | undefined> {
  return (await db.selectFrom('legacyTransfers').selectAll().where('provinceCode', '=', provinceCode).where('id', '=', id).executeTakeFirst()) as TransferRow | undefined;
}

export async function listTransfers(db: Executor, provinceCode: string, limit: number): Promise<TransferRow[]> {
  return (await db.selectFrom('legacyTransfers').selectAll().where('provinceCode', '=', provinceCode).orderBy('startedAt', 'desc').limit(limit).execute()) as TransferRow[];
}

/** Marks as failed the transfers still 'running' that have not moved since `before` (their process stopped). */
export async function markInterrupted(db: Executor, provinceCode: string, before: Date, now: Date): Promise<void> {
  await db
    .updateTable('legacyTransfers')
    .set({ state: 'failed', finishedAt: now, lastError: 'interrupted: no progress for a minute (its process stopped); the dossiers it had not reached were handed over by a later transfer' })
    .where('provinceCode', '=', provinceCode)
    .where('state', '=', 'running')
    .where('updatedAt', '<', before)
    .execute();
}
