import { recordAudit } from '../../platform/audit/audit.js';
import { actorLabel } from '../../platform/auth/actor.js';
import { withTransaction, type ServiceContext } from '../../platform/context.js';
import { conflict, forbidden, invalidField, notFound, Problem } from '../../platform/errors.js';
import { decodeCursor, toPage, type PageOf } from '../../platform/http/pagination.js';
import { text, type LocalizedText } from '../../platform/i18n.js';
import { settlePayment, visibleDossierByCode, visibleDossierForPayment, type NotPayable } from '../dossiers/payment-service.js';
import { mayAssignUnmatched, mayReadUnmatched, unmatchedScope } from './policy.js';
import type { AssignUnmatchedBody, BankNotification, RefundUnmatchedBody, TransferDossier, UnmatchedPayment, UnmatchedQuery } from './schemas.js';
import * as store from './store.js';

const transferWord = text('chuyển khoản', 'bank transfer');

const toView = (row: store.UnmatchedRow): UnmatchedPayment => ({
  transactionId: row.transactionId,
  accountNumber: row.accountNumber,
  amount: row.amount,
  content: row.content,
  paidAt: row.paidAt.toISOString(),
  receivedAt: row.receivedAt.toISOString(),
  agencyCode: row.agencyCode,
  reason: row.reason,
  namedDossierCode: row.namedDossierCode,
  state: row.state,
  dossierId: row.dossierId,
  dossierCode: row.dossierCode,
  assignedBy: row.assignedBy,
  assignedAt: row.assignedAt?.toISOString() ?? null,
  refundedBy: row.refundedBy,
  refundedAt: row.refundedAt?.toISOString() ?? null,
  note: row.note,
});

/** Why no dossier took a transfer, and the dossier its content named, if one. */
export interface UnmatchedCause {
  reason: store.UnmatchedReason;
  namedDossierCode: string | null;
}

/** Whether the transfer is already in the queue (whatever became of it there). */
export async function isKeptUnmatched(ctx: ServiceContext, transactionId: string): Promise<boolean> {
  return (await store.findUnmatched(ctx.db, ctx.provinceCode, transactionId)) !== undefined;
}

/**
 * Keeps a transfer no dossier could take in the queue of the agency whose account received
 * it (found by the account number; none when no agency, or several, have that number), and
 * in the audit log. A retried notification is stored and audited once.
 */
export async function keepUnmatched(ctx: ServiceContext, n: BankNotification, cause: UnmatchedCause): Promise<void> {
  await withTransaction(ctx, async (tx) => {
    const agencies = await store.agenciesWithAccount(tx.db, tx.provinceCode, n.accountNumber);
    const stored = await store.insertUnmatched(tx.db, {
      provinceCode: tx.provinceCode,
      transactionId: n.transactionId,
      accountNumber: n.accountNumber,
      amount: n.amount,
      content: n.content,
      paidAt: new Date(n.paidAt),
      receivedAt: tx.now(),
      agencyCode: agencies.length === 1 ? agencies[0]! : null,
      ...cause,
      state: 'open',
      dossierId: null,
      dossierCode: null,
      assignedBy: null,
      assignedAt: null,
      refundedBy: null,
      refundedAt: null,
      note: null,
    });
    if (stored) await recordAudit(tx, { action: 'payment.unmatched', entityType: 'bank_transaction', entityId: n.transactionId, after: { ...n, ...cause } });
  });
}

/** The unmatched transfers into the accounts of the agencies the user covers, newest first. */
export async function listUnmatched(ctx: ServiceContext, query: UnmatchedQuery): Promise<PageOf<UnmatchedPayment>> {
  if (query.agencyCode && !mayReadUnmatched(ctx.actor, query.agencyCode)) throw forbidden();
  const after = query.cursor ? (decodeCursor(query.cursor, ['string', 'string']) as [string, string]) : undefined;
  const filter = { state: query.state ?? 'open', agencyCode: query.agencyCode, units: unmatchedScope(ctx.actor)?.units };
  const rows = await store.listUnmatched(ctx.db, ctx.provinceCode, filter, query.limit + 1, after);
  const page = toPage(rows, query.limit, (r) => [r.receivedAt.toISOString(), r.transactionId]);
  return { items: page.items.map(toView), nextCursor: page.nextCursor };
}

/** A problem about the dossier named in the body, shown on its field. */
function onDossierField(error: unknown): never {
  if (error instanceof Problem && error.errors.length === 0) throw new Problem(error.slug, error.detail, [{ field: 'dossierId', in: 'body', message: error.detail }]);
  throw error;
}

const NOT_PAYABLE: Record<NotPayable, (code: string) => LocalizedText> = {
  dossier_closed: (code) => text(`Hồ sơ ${code} đã kết thúc mà không giải quyết (rút, không tiếp nhận hoặc dừng xử lý): không thu phí; hãy hoàn trả khoản chuyển này.`, `Dossier ${code} ended unserved (withdrawn, not accepted or stopped): no fee is taken; refund this transfer.`),
  nothing_owed: (code) => text(`Hồ sơ ${code} không còn khoản phí, lệ phí nào phải nộp.`, `Dossier ${code} owes no fee.`),
};

/** The transfer, if the actor may act on it: 404 to those who may not see it, 403 to those who may only see it. */
function actingOn(ctx: ServiceContext, transactionId: string, row: store.UnmatchedRow | undefined): store.UnmatchedRow {
  if (!row || !mayReadUnmatched(ctx.actor, row.agencyCode)) throw notFound(transferWord, transactionId);
  if (!mayAssignUnmatched(ctx.actor, row.agencyCode)) throw forbidden();
  return row;
}

/** The transfer, locked, if it is still open and the actor may act on it (in the caller's transaction). */
async function openTransfer(tx: ServiceContext, transactionId: string): Promise<store.UnmatchedRow> {
  const row = actingOn(tx, transactionId, await store.lockUnmatched(tx.db, tx.provinceCode, transactionId));
  if (row.state === 'assigned') {
    throw conflict(
      text(`Chuyển khoản ${transactionId} đã được gán cho hồ sơ ${row.dossierCode} (${row.assignedBy}); không gán lại được.`, `Bank transfer ${transactionId} was already assigned to dossier ${row.dossierCode} (${row.assignedBy}); it cannot be assigned again.`),
      { dossierCode: row.dossierCode },
    );
  }
  if (row.state === 'refunded') {
    throw conflict(text(`Chuyển khoản ${transactionId} đã được hoàn trả (${row.refundedBy}).`, `Bank transfer ${transactionId} was already refunded (${row.refundedBy}).`));
  }
  return row;
}

/**
 * The dossier the desk means by a code, for assigning a transfer to it: one it could assign
 * the transfer to — seen by the user or received at a desk they cover, and, when the account
 * is known, received at the agency that owns it. 404 on `code` otherwise.
 */
export async function dossierForTransfer(ctx: ServiceContext, transactionId: string, code: string): Promise<TransferDossier> {
  const row = actingOn(ctx, transactionId, await store.findUnmatched(ctx.db, ctx.provinceCode, transactionId));
  const dossier = await visibleDossierByCode(ctx, code, (d) => mayAssignUnmatched(ctx.actor, d.receivingAgencyCode));
  if (!dossier || (row.agencyCode !== null && dossier.receivingAgencyCode !== row.agencyCode)) {
    const message = text(`Không tìm thấy hồ sơ mã ${code} trong các hồ sơ bạn có thể gán khoản chuyển này (tiếp nhận tại nơi có tài khoản nhận tiền).`, `No dossier ${code} among those you may assign this transfer to (received at the desk whose account got it).`);
    throw new Problem('not-found', message, [{ field: 'code', in: 'query', message }]);
  }
  return { id: dossier.id, code: dossier.code, procedureName: dossier.procedureName, applicantName: dossier.applicantName, status: dossier.status, statusName: dossier.statusName, receivingAgencyCode: dossier.receivingAgencyCode };
}

/**
 * The desk attaches an unmatched transfer to the dossier it pays for: the payment goes into
 * that dossier's ledger as a bank transfer with the bank's transaction id and time (settling
 * it when it covers what is owed, with the history, the receipt of payment and the audit
 * that `settlePayment` writes), and the transfer is marked assigned — all in one transaction.
 * The dossier must have been received at the desk that owns the account, and still owe fees.
 */
export function assignUnmatched(ctx: ServiceContext, transactionId: string, body: AssignUnmatchedBody): Promise<UnmatchedPayment> {
  return withTransaction(ctx, async (tx) => {
    const row = await openTransfer(tx, transactionId);
    const dossier = await visibleDossierForPayment(tx, body.dossierId, (d) => mayAssignUnmatched(tx.actor, d.receivingAgencyCode)).catch(onDossierField);
    if (row.agencyCode !== null && dossier.receivingAgencyCode !== row.agencyCode) {
      throw invalidField(
        'dossierId',
        text(
          `Hồ sơ ${dossier.code} được tiếp nhận tại ${dossier.receivingAgencyCode}, không phải cơ quan có tài khoản nhận khoản chuyển này (${row.agencyCode}).`,
          `Dossier ${dossier.code} was received at ${dossier.receivingAgencyCode}, not at the agency whose account received this transfer (${row.agencyCode}).`,
        ),
      );
    }
    const settlement = await settlePayment(tx, { dossierId: dossier.id, amount: row.amount, method: 'bank_transfer', paidAt: row.paidAt, transactionId });
    if (!settlement.recorded && settlement.refused) throw invalidField('dossierId', NOT_PAYABLE[settlement.refused](dossier.code));
    if (!settlement.recorded) throw conflict(text(`Giao dịch ${transactionId} đã có trong sổ thu của một hồ sơ.`, `Bank transaction ${transactionId} is already in a dossier's ledger.`));
    const assigned = await store.closeUnmatched(tx.db, tx.provinceCode, transactionId, { state: 'assigned', dossierId: dossier.id, dossierCode: dossier.code, assignedBy: actorLabel(tx.actor), assignedAt: tx.now(), note: body.note?.trim() || null });
    await recordAudit(tx, {
      action: 'payment.unmatched_assigned',
      entityType: 'bank_transaction',
      entityId: transactionId,
      before: { state: 'open' },
      after: { state: 'assigned', dossierId: dossier.id, dossierCode: dossier.code, amount: row.amount },
      ...(assigned.note ? { details: { note: assigned.note } } : {}),
    });
    return toView(assigned);
  });
}

/**
 * The desk has returned a transfer to the payer (a withdrawn dossier's fee, money no dossier
 * is owed): the transfer leaves the queue as refunded, with the note saying how (the refund's
 * reference), in the audit log. Nothing enters a dossier's ledger.
 */
export function refundUnmatched(ctx: ServiceContext, transactionId: string, body: RefundUnmatchedBody): Promise<UnmatchedPayment> {
  return withTransaction(ctx, async (tx) => {
    await openTransfer(tx, transactionId);
    const note = body.note.trim();
    if (!note) throw invalidField('note', text('Ghi cách hoàn trả, ví dụ số giao dịch hoàn tiền.', "Say how it was refunded, e.g. the refund's transaction number."));
    const refunded = await store.closeUnmatched(tx.db, tx.provinceCode, transactionId, { state: 'refunded', refundedBy: actorLabel(tx.actor), refundedAt: tx.now(), note });
    await recordAudit(tx, {
      action: 'payment.unmatched_refunded',
      entityType: 'bank_transaction',
      entityId: transactionId,
      before: { state: 'open' },
      after: { state: 'refunded', amount: refunded.amount },
      details: { note: refunded.note },
    });
    return toView(refunded);
  });
}
