import { randomUUID } from 'node:crypto';
import { actorLabel } from '../../platform/auth/actor.js';
import { workingCalendar } from '../../platform/calendar/service.js';
import { withTransaction, type ServiceContext } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { text, type LocalizedText } from '../../platform/i18n.js';
import { codeKey } from './code-key.js';
import { STATUSES } from './statuses.js';
import { resumeFromPause } from './deadlines.js';
import { recordChange } from './history.js';
import { paymentReferencesIn } from '../payments/accounts.js';
import { canView } from './policy.js';
import * as paymentStore from './payment-store.js';
import * as store from './store.js';
import { applicantName } from './views.js';

/** What a payment is checked against: the dossier's code, fees and receiving desk. */
export interface PayableDossier {
  id: string;
  code: string;
  procedureName: string;
  applicantName: string;
  fees: store.FeeLine[];
  feeTotal: number;
  paidAt: Date | null;
  receivingAgencyCode: string;
  status: string;
}

const payable = (row: store.DossierRow): PayableDossier => ({
  id: row.id,
  code: row.code,
  procedureName: row.procedureName,
  applicantName: applicantName(row),
  fees: row.fees,
  feeTotal: Number(row.feeTotal),
  paidAt: row.paidAt,
  receivingAgencyCode: row.receivingAgencyCode,
  status: row.status,
});

/**
 * The dossier as its payment page shows it, to the applicant and the staff who see it (404
 * to others). `orIf` admits others too — staff keeping the accounts of its receiving desk.
 */
export async function visibleDossierForPayment(ctx: ServiceContext, id: string, orIf?: (dossier: PayableDossier) => boolean): Promise<PayableDossier> {
  const row = await store.findDossier(ctx.db, ctx.provinceCode, id);
  if (!row || !(canView(ctx.actor, row) || orIf?.(payable(row)))) throw notFound(text('hồ sơ', 'dossier'), id);
  return payable(row);
}

/**
 * A dossier by its code as printed (spaces dropped, letters in capitals), when the actor
 * sees it or `orIf` admits them, as for `visibleDossierForPayment`; otherwise undefined.
 */
export async function visibleDossierByCode(ctx: ServiceContext, code: string, orIf?: (dossier: PayableDossier) => boolean): Promise<(PayableDossier & { statusName: LocalizedText }) | undefined> {
  const row = await store.findDossierByCode(ctx.db, ctx.provinceCode, codeKey(code));
  if (!row || !(canView(ctx.actor, row) || orIf?.(payable(row)))) return undefined;
  return { ...payable(row), statusName: STATUSES[row.status].name };
}

/** The dossier a bank transfer's content names (by its code, punctuation or not), if exactly one. */
export async function dossierNamedIn(ctx: ServiceContext, transferContent: string): Promise<PayableDossier | undefined> {
  const rows = await store.findDossiersByPaymentReference(ctx.db, ctx.provinceCode, paymentReferencesIn(transferContent));
  return rows.length === 1 ? payable(rows[0]!) : undefined;
}

/** The code of a dossier, for labels (no visibility check: callers show it only with what they already reveal). */
export async function dossierCodeOf(ctx: ServiceContext, id: string): Promise<string | null> {
  return (await store.findDossier(ctx.db, ctx.provinceCode, id))?.code ?? null;
}

/** What has been paid for a dossier so far (the payment ledger). */
export function paidSoFar(ctx: ServiceContext, dossierId: string): Promise<number> {
  return paymentStore.sumPayments(ctx.db, ctx.provinceCode, dossierId);
}

/** The dossier's payments, oldest first (callers check who asks). */
export function paymentsOf(ctx: ServiceContext, dossierId: string): Promise<paymentStore.PaymentRow[]> {
  return paymentStore.listPayments(ctx.db, ctx.provinceCode, dossierId);
}

export interface PaymentRecord {
  dossierId: string;
  amount: number;
  method: 'counter' | 'bank_transfer';
  paidAt: Date;
  transactionId: string | null;
}

/** Writes a payment into the ledger; false when the bank's transaction is already there (a retry). */
export function insertPayment(ctx: ServiceContext, payment: PaymentRecord): Promise<boolean> {
  return paymentStore.insertPaymentRow(ctx.db, {
    provinceCode: ctx.provinceCode,
    id: randomUUID(),
    dossierId: payment.dossierId,
    amount: payment.amount,
    method: payment.method,
    bankTransactionId: payment.transactionId,
    paidAt: payment.paidAt,
    recordedBy: actorLabel(ctx.actor),
    createdAt: ctx.now(),
  });
}

export const paymentData = (p: PaymentRecord) => ({ amount: p.amount, method: p.method, transactionId: p.transactionId, paidAt: p.paidAt.toISOString() });

/** Why a payment cannot go into a dossier's ledger (docs/payments.md). */
export type NotPayable = 'dossier_closed' | 'nothing_owed';

/** Ended without a result: what was paid for them is returned, and nothing more is due. */
const ENDED_UNSERVED: readonly string[] = ['rejected', 'withdrawn', 'stopped'];

function whyNotPayable(row: store.DossierRow, paid: number): NotPayable | null {
  if (ENDED_UNSERVED.includes(row.status)) return 'dossier_closed';
  if (row.paidAt || paid >= Number(row.feeTotal)) return 'nothing_owed';
  return null;
}

export type Settlement = { recorded: true; totalPaid: number } | { recorded: false; totalPaid: number; refused?: NotPayable };

/**
 * Records a payment on the dossier (in the caller's transaction, if any): once everything
 * due is paid the fees are settled, and a dossier waiting for payment resumes with its due
 * date moved on by the days it waited. The history shows it and a receipt of payment is
 * issued. A bank transaction already recorded is not counted twice; a dossier that ended
 * without a result, or owes nothing, takes no payment (`refused` says which).
 */
export async function settlePayment(ctx: ServiceContext, payment: PaymentRecord): Promise<Settlement> {
  const calendar = await workingCalendar(ctx);
  return withTransaction(ctx, async (tx) => {
    const row = await store.lockDossier(tx.db, tx.provinceCode, payment.dossierId);
    if (!row) throw notFound(text('hồ sơ', 'dossier'), payment.dossierId);
    const paidBefore = await paidSoFar(tx, row.id);
    if (payment.transactionId && (await paymentStore.hasBankTransaction(tx.db, tx.provinceCode, payment.transactionId))) return { recorded: false, totalPaid: paidBefore };
    const refused = whyNotPayable(row, paidBefore);
    if (refused) return { recorded: false, totalPaid: paidBefore, refused };
    // The bank's transaction id is unique in the ledger: a concurrent retry is not counted twice.
    if (!(await insertPayment(tx, payment))) return { recorded: false, totalPaid: paidBefore };
    const totalPaid = paidBefore + payment.amount;
    const settled = totalPaid >= Number(row.feeTotal);
    // The fees were settled when the ledger first covered them; later payments do not move that.
    const changes: Partial<store.DossierRow> = settled && !row.paidAt ? { paidAt: payment.paidAt } : {};
    if (settled && row.status === 'awaiting_payment') Object.assign(changes, resumeFromPause(row, payment.paidAt, calendar));
    await store.updateDossier(tx.db, tx.provinceCode, row.id, changes, tx.now());
    await recordChange(tx, row, { ...row, ...changes, rowVersion: row.rowVersion + 1 }, { action: 'payment_received', data: { ...paymentData(payment), totalPaid, settled } });
    return { recorded: true, totalPaid };
  });
}
