import { sql, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/database.js';
import type { PaymentAccount } from './vietqr.js';

export interface PaymentAccountRow extends PaymentAccount {
  updatedAt: Date;
}

export async function findPaymentAccountRow(db: Executor, provinceCode: string, agencyCode: string): Promise<PaymentAccountRow | undefined> {
  return db
    .selectFrom('paymentAccounts')
    .select(['bankBin', 'accountNumber', 'accountName', 'updatedAt'])
    .where('provinceCode', '=', provinceCode)
    .where('agencyCode', '=', agencyCode)
    .executeTakeFirst();
}

export async function upsertPaymentAccount(db: Executor, provinceCode: string, agencyCode: string, account: PaymentAccount, now: Date): Promise<void> {
  await db
    .insertInto('paymentAccounts')
    .values({ provinceCode, agencyCode, ...account, updatedAt: now })
    .onConflict((oc) => oc.columns(['provinceCode', 'agencyCode']).doUpdateSet({ ...account, updatedAt: now }))
    .execute();
}

/** The agencies whose account has this number (normally one). */
export async function agenciesWithAccount(db: Executor, provinceCode: string, accountNumber: string): Promise<string[]> {
  const rows = await db.selectFrom('paymentAccounts').select('agencyCode').where('provinceCode', '=', provinceCode).where('accountNumber', '=', accountNumber).execute();
  return rows.map((r) => r.agencyCode);
}

export type UnmatchedState = 'open' | 'assigned' | 'refunded';
export type UnmatchedReason = 'no_dossier' | 'other_account' | 'dossier_closed' | 'nothing_owed';

/** A bank transfer no dossier could take, why, and what the desk did with it. */
export interface UnmatchedRow {
  provinceCode: string;
  transactionId: string;
  accountNumber: string;
  amount: number;
  content: string;
  paidAt: Date;
  receivedAt: Date;
  agencyCode: string | null;
  reason: UnmatchedReason;
  namedDossierCode: string | null;
  state: UnmatchedState;
  dossierId: string | null;
  dossierCode: string | null;
  assignedBy: string | null;
  assignedAt: Date | null;
  refundedBy: string | null;
  refundedAt: Date | null;
  note: string | null;
}

const toUnmatched = (row: Record<string, unknown>): UnmatchedRow => ({ ...(row as unknown as UnmatchedRow), amount: Number(row.amount) });

/** Stores a new unmatched transfer; false when its transaction is already there (a retry). */
export async function insertUnmatched(db: Executor, row: UnmatchedRow): Promise<boolean> {
  const inserted = await db.insertInto('unmatchedPayments').values(row).onConflict((oc) => oc.columns(['provinceCode', 'transactionId']).doNothing()).returning('transactionId').executeTakeFirst();
  return inserted !== undefined;
}

export interface UnmatchedFilter {
  state: UnmatchedState;
  agencyCode?: string | undefined;
  /** Only agencies of these units (agency codes start with the unit code); undefined: all, with those of no agency. */
  units?: string[] | undefined;
}

/** Newest first, after the cursor's (received at, transaction id). */
export async function listUnmatched(db: Executor, provinceCode: string, filter: UnmatchedFilter, limit: number, after?: [string, string]): Promise<UnmatchedRow[]> {
  let query = db.selectFrom('unmatchedPayments').selectAll().where('provinceCode', '=', provinceCode).where('state', '=', filter.state);
  if (filter.agencyCode) query = query.where('agencyCode', '=', filter.agencyCode);
  if (filter.units) {
    const units = filter.units.length > 0 ? filter.units : [''];
    query = query.where(sql<SqlBool>`split_part(agency_code, '.', 1) in (${sql.join(units)})`);
  }
  if (after) query = query.where(sql<SqlBool>`(received_at, transaction_id) < (${after[0]}::timestamptz, ${after[1]})`);
  const rows = await query.orderBy('receivedAt', 'desc').orderBy('transactionId', 'desc').limit(limit).execute();
  return rows.map(toUnmatched);
}

export async function findUnmatched(db: Executor, provinceCode: string, transactionId: string): Promise<UnmatchedRow | undefined> {
  const row = await db.selectFrom('unmatchedPayments').selectAll().where('provinceCode', '=', provinceCode).where('transactionId', '=', transactionId).executeTakeFirst();
  return row && toUnmatched(row);
}

/** The transfer, locked until the end of the caller's transaction (two desks assigning at once). */
export async function lockUnmatched(db: Executor, provinceCode: string, transactionId: string): Promise<UnmatchedRow | undefined> {
  const row = await db.selectFrom('unmatchedPayments').selectAll().where('provinceCode', '=', provinceCode).where('transactionId', '=', transactionId).forUpdate().executeTakeFirst();
  return row && toUnmatched(row);
}

/** What closes an open transfer: assigned to the dossier it pays for, or refunded to the payer. */
export type UnmatchedOutcome =
  | { state: 'assigned'; dossierId: string; dossierCode: string; assignedBy: string; assignedAt: Date; note: string | null }
  | { state: 'refunded'; refundedBy: string; refundedAt: Date; note: string };

export async function closeUnmatched(db: Executor, provinceCode: string, transactionId: string, outcome: UnmatchedOutcome): Promise<UnmatchedRow> {
  const row = await db
    .updateTable('unmatchedPayments')
    .set(outcome)
    .where('provinceCode', '=', provinceCode)
    .where('transactionId', '=', transactionId)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toUnmatched(row);
}
