import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database.js';

export interface SigningKeyRow {
  provinceCode: string;
  agencyCode: string;
  serial: string;
  subject: string;
  certificate: string;
  notBefore: Date;
  notAfter: Date;
  keyRef: string;
  active: boolean;
  createdAt: Date;
}

/** The agency's newest active key that is valid at `at`. */
export async function activeKey(db: Executor, provinceCode: string, agencyCode: string, at: Date): Promise<SigningKeyRow | undefined> {
  return (await db
    .selectFrom('signingKeys')
    .selectAll()
    .where('provinceCode', '=', provinceCode)
    .where('agencyCode', '=', agencyCode)
    .where('active', '=', true)
    .where('notBefore', '<=', at)
    .where('notAfter', '>', at)
    .orderBy('notAfter', 'desc')
    .limit(1)
    .executeTakeFirst()) as SigningKeyRow | undefined;
}

export async function deactivateKeys(db: Executor, provinceCode: string, agencyCode: string): Promise<void> {
  await db.updateTable('signingKeys').set({ active: false }).where('provinceCode', '=', provinceCode).where('agencyCode', '=', agencyCode).where('active', '=', true).execute();
}

export async function insertKey(db: Executor, row: SigningKeyRow): Promise<void> {
  await db.insertInto('signingKeys').values(row).execute();
}

export async function findKeyBySerial(db: Executor, serial: string): Promise<SigningKeyRow | undefined> {
  return (await db.selectFrom('signingKeys').selectAll().where('serial', '=', serial).executeTakeFirst()) as SigningKeyRow | undefined;
}

export interface DocumentRow {
  provinceCode: string;
  id: string;
  ownerType: string;
  ownerId: string;
  sourceKey: string;
  kind: string;
  title: string;
  number: string | null;
  issuerAgencyCode: string;
  status: 'pending' | 'issued';
  sha256: string | null;
  size: number | null;
  signerSerial: string | null;
  signedAt: Date | null;
  createdAt: Date;
  createdBy: string;
}

export async function findDocumentBySource(db: Executor, provinceCode: string, ownerType: string, ownerId: string, sourceKey: string): Promise<DocumentRow | undefined> {
  return (await db
    .selectFrom('documents')
    .selectAll()
    .where('provinceCode', '=', provinceCode)
    .where('ownerType', '=', ownerType)
    .where('ownerId', '=', ownerId)
    .where('sourceKey', '=', sourceKey)
    .executeTakeFirst()) as DocumentRow | undefined;
}

export async function findDocument(db: Executor, provinceCode: string, id: string): Promise<DocumentRow | undefined> {
  return (await db.selectFrom('documents').selectAll().where('provinceCode', '=', provinceCode).where('id', '=', id).executeTakeFirst()) as DocumentRow | undefined;
}

export async function findDocumentsBySha256(db: Executor, sha256: string): Promise<DocumentRow[]> {
  return (await db.selectFrom('documents').selectAll().where('sha256', '=', sha256).execute()) as DocumentRow[];
}

export async function documentsOf(db: Executor, provinceCode: string, ownerType: string, ownerId: string): Promise<DocumentRow[]> {
  return (await db.selectFrom('documents').selectAll().where('provinceCode', '=', provinceCode).where('ownerType', '=', ownerType).where('ownerId', '=', ownerId).orderBy('createdAt').execute()) as DocumentRow[];
}

/** Claims the document's row (pending) so a retry finds the same id and number. */
export async function insertPendingDocument(db: Executor, row: DocumentRow): Promise<boolean> {
  const inserted = await db
    .insertInto('documents')
    .values(row)
    .onConflict((oc) => oc.columns(['provinceCode', 'ownerType', 'ownerId', 'sourceKey']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** Marks a pending document issued with its file; false when another signer finished it first. */
export async function completeDocument(db: Executor, provinceCode: string, id: string, file: { sha256: string; size: number; signerSerial: string; signedAt: Date }): Promise<boolean> {
  const done = await db.updateTable('documents').set({ ...file, status: 'issued' }).where('provinceCode', '=', provinceCode).where('id', '=', id).where('status', '=', 'pending').returning('id').executeTakeFirst();
  return done !== undefined;
}

/** The next number of an agency's series this year; gap-free within the caller's transaction. */
export async function nextDocumentNumber(db: Executor, provinceCode: string, agencyCode: string, year: number, series: string): Promise<number> {
  const row = await db
    .insertInto('documentNumberCounters')
    .values({ provinceCode, agencyCode, year, series, lastValue: 1 })
    .onConflict((oc) => oc.columns(['provinceCode', 'agencyCode', 'year', 'series']).doUpdateSet({ lastValue: sql`document_number_counters.last_value + 1` }))
    .returning('lastValue')
    .executeTakeFirstOrThrow();
  return row.lastValue;
}
