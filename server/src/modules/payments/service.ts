import QRCode from 'qrcode';
import { recordAudit } from '../../platform/audit/audit.js';
import { withTransaction, type ServiceContext } from '../../platform/context.js';
import { forbidden, invalidField, notFound } from '../../platform/errors.js';
import { text } from '../../platform/i18n.js';
import { dossierNamedIn, paymentsOf, settlePayment, visibleDossierForPayment } from '../dossiers/payment-service.js';
import { findAgencies } from '../units/agency-service.js';
import { findPaymentAccount, transferInstructions } from './accounts.js';
import { bankByBin } from './banks.js';
import { mayConfigurePayments } from './policy.js';
import { upsertPaymentAccount } from './store.js';
import { isKeptUnmatched, keepUnmatched } from './unmatched-service.js';
import type { BankNotification, PaymentAccountBody, PaymentAccountView, PaymentInfo } from './schemas.js';
import type { PaymentAccount } from './vietqr.js';

/**
 * What the applicant owes for a dossier and how to pay it: the fee lines, what has been
 * paid, and — when the receiving desk has an account — a VietQR code any banking app scans,
 * with the dossier's code as the transfer content so the bank's notification settles it.
 */
export async function paymentInfo(ctx: ServiceContext, dossierId: string): Promise<PaymentInfo> {
  const dossier = await visibleDossierForPayment(ctx, dossierId);
  const payments = await paymentsOf(ctx, dossierId);
  const paid = payments.reduce((sum, p) => sum + p.amount, 0);
  const outstanding = dossier.paidAt ? 0 : Math.max(0, dossier.feeTotal - paid);
  const instructions = await transferInstructions(ctx, dossier, outstanding);
  const transfer = instructions ? { ...instructions, vietQrImage: await QRCode.toDataURL(instructions.vietQr, { errorCorrectionLevel: 'M', margin: 2, scale: 6 }) } : null;
  return {
    dossierCode: dossier.code,
    procedureName: dossier.procedureName,
    fees: dossier.fees,
    feeTotal: dossier.feeTotal,
    paid,
    outstanding,
    paidAt: dossier.paidAt?.toISOString() ?? null,
    payments: payments.map((p) => ({ amount: p.amount, method: p.method, transactionId: p.bankTransactionId, paidAt: p.paidAt.toISOString() })),
    transfer,
  };
}

export type NotificationOutcome = { status: 'recorded' | 'duplicate'; dossierCode: string } | { status: 'unmatched'; dossierCode: null };

/**
 * A credit notification from the bank: the dossier named in the transfer content is paid.
 * Retries of the same transaction change nothing. A transfer that names no dossier, reaches
 * an account that is not the dossier's desk's, or names a dossier that ended without a
 * result or owes nothing, waits in the queue of the desk whose account received it — to be
 * assigned to the right dossier by hand, or refunded.
 */
export async function receiveBankNotification(ctx: ServiceContext, n: BankNotification): Promise<NotificationOutcome> {
  const unmatched = { status: 'unmatched', dossierCode: null } as const;
  if (await isKeptUnmatched(ctx, n.transactionId)) return unmatched;
  const dossier = await dossierNamedIn(ctx, n.content);
  const account = dossier && (await findPaymentAccount(ctx, dossier.receivingAgencyCode));
  if (!dossier || !account || account.accountNumber !== n.accountNumber) {
    await keepUnmatched(ctx, n, dossier ? { reason: 'other_account', namedDossierCode: dossier.code } : { reason: 'no_dossier', namedDossierCode: null });
    return unmatched;
  }
  const settlement = await settlePayment(ctx, { dossierId: dossier.id, amount: n.amount, method: 'bank_transfer', paidAt: new Date(n.paidAt), transactionId: n.transactionId });
  if (!settlement.recorded && settlement.refused) {
    await keepUnmatched(ctx, n, { reason: settlement.refused, namedDossierCode: dossier.code });
    return unmatched;
  }
  return { status: settlement.recorded ? 'recorded' : 'duplicate', dossierCode: dossier.code };
}

function assertMayConfigure(ctx: ServiceContext, agencyCode: string): void {
  if (!mayConfigurePayments(ctx.actor, agencyCode)) throw forbidden();
}

async function assertAgency(ctx: ServiceContext, agencyCode: string): Promise<void> {
  if (!(await findAgencies(ctx, [agencyCode])).has(agencyCode)) throw notFound(text('cơ quan', 'agency'), agencyCode);
}

export async function getPaymentAccount(ctx: ServiceContext, agencyCode: string): Promise<PaymentAccountView> {
  assertMayConfigure(ctx, agencyCode);
  await assertAgency(ctx, agencyCode);
  const account = await findPaymentAccount(ctx, agencyCode);
  return { agencyCode, account: account ? { ...account, bankName: bankByBin(account.bankBin)?.shortName ?? account.bankBin, updatedAt: account.updatedAt.toISOString() } : null };
}

/** Sets the account into which the agency's fees are paid, for administrators of it. */
export async function setPaymentAccount(ctx: ServiceContext, agencyCode: string, body: PaymentAccountBody): Promise<PaymentAccountView> {
  assertMayConfigure(ctx, agencyCode);
  await assertAgency(ctx, agencyCode);
  if (!bankByBin(body.bankBin)) throw invalidField('bankBin', text('Ngân hàng này không nhận chuyển khoản VietQR (mã BIN không có trong danh sách Napas).', 'This bank does not receive VietQR transfers (BIN not on the Napas list).'));
  await savePaymentAccount(ctx, agencyCode, body);
  return getPaymentAccount(ctx, agencyCode);
}

/** Writes an agency's account (audited); callers check who asks. */
export async function savePaymentAccount(ctx: ServiceContext, agencyCode: string, body: PaymentAccount): Promise<void> {
  await withTransaction(ctx, async (tx) => {
    const before = await findPaymentAccount(tx, agencyCode);
    const now = tx.now();
    const account = { bankBin: body.bankBin, accountNumber: body.accountNumber, accountName: body.accountName.toUpperCase() };
    await upsertPaymentAccount(tx.db, tx.provinceCode, agencyCode, account, now);
    const { updatedAt: _, ...previous } = before ?? { updatedAt: null };
    await recordAudit(tx, { action: 'payment.account_set', entityType: 'agency', entityId: agencyCode, before: before ? previous : null, after: account });
  });
}
