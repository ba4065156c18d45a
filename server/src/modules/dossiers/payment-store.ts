import type { Executor } from '../../platform/db/database.js';

/** One line of a dossier's payment ledger. */
export interface PaymentRow {
  provinceCode: string;
  id: string;
  dossierId: string;
  amount: number;
  method: 'counter' | 'bank_transfer';
  bankTransactionId: string | null;
  paidAt: Date;
  recordedBy: string;
  createdAt: Date;
}

export async function sumPayments(db: Executor, provinceCode: string, dossierId: string): Promise<number> {
  const row = await db
    .selectFrom('payments')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<string>('amount'), eb.lit(0)).as('total'))
    .where('provinceCode', '=', provinceCode)
    .where('dossierId', '=', dossierId)
    .executeTakeFirstOrThrow();
  return Number(row.total);
}

export async function listPayments(db: Executor, provinceCode: string, dossierId: string): Promise<PaymentRow[]> {
  const rows = await db.selectFrom('payments').selectAll().where('provinceCode', '=', provinceCode).where('dossierId', '=', dossierId).orderBy('paidAt').execute();
  return rows.map((r) => ({ ...r, amount: Number(r.amount), method: r.method as PaymentRow['method'] }));
}

/** Inserts a ledger line; false when its bank transaction is already recorded (a retry). */
export async function insertPaymentRow(db: Executor, row: PaymentRow): Promise<boolean> {
  const inserted = await db.insertInto('payments').values(row).onConflict((oc) => oc.doNothing()).returning('id').executeTakeFirst();
  return inserted !== undefined;
}

/** Whether a bank transaction is already in some dossier's ledger (the bank retrying). */
export async function hasBankTransaction(db: Executor, provinceCode: string, transactionId: string): Promise<boolean> {
  const row = await db.selectFrom('payments').select('id').where('provinceCode', '=', provinceCode).where('bankTransactionId', '=', transactionId).executeTakeFirst();
  return row !== undefined;
}
