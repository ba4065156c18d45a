import type { ServiceContext } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { text } from '../../platform/i18n.js';
import { enqueue } from '../../platform/jobs/index.js';
import { putRecord } from '../accounts/personal-records.js';
import { processingTimeText } from '../catalog/processing-time.js';
import { getVersion } from '../catalog/service.js';
import { documentsOf, issueDocument, openDocument, type DocumentKind, type IssuedDocument } from '../signing/document-service.js';
import { qrPng } from '../signing/pdf/qr.js';
import type { SigningSettings } from '../signing/settings.js';
import { findAgencies } from '../units/agency-service.js';
import { findCurrentUnit } from '../units/service.js';
import { amountInWords } from '../signing/pdf/amount-words.js';
import { apologySpec, controlSlipSpec, paymentReceiptSpec, receiptSpec, refusalSpec, supplementRequestSpec, type DocumentContext } from './document-specs.js';
import { transferInstructions } from '../payments/accounts.js';
import { paidSoFar } from './payment-service.js';
import { canView } from './policy.js';
import { resultRecord, resultSpec, resultTitle } from './result-spec.js';
import * as store from './store.js';

export const ISSUE_DOCUMENT_JOB = 'dossiers.issue-document';

export interface DocumentOrder {
  kind: DocumentKind;
  /** One document per source: `receipt`, `result`, `refusal:12` (the event's sequence)… */
  sourceKey: string;
  /** The event the document answers, for slips about one step. */
  eventSeq?: number;
}

/** Which documents an action calls for: slips for the applicant, and the result when processing ends. */
export function documentsFor(action: string, before: store.DossierRow | null, after: store.DossierRow, eventSeq: number, data: Record<string, unknown> = {}): DocumentOrder[] {
  const orders: DocumentOrder[] = [];
  if (action === 'received' || action === 'accept') orders.push({ kind: 'receipt', sourceKey: 'receipt' });
  if (action === 'request_supplement') orders.push({ kind: 'supplement_request', sourceKey: `supplement_request:${eventSeq}`, eventSeq });
  if (action === 'reject' || action === 'refuse') orders.push({ kind: 'refusal', sourceKey: `refusal:${eventSeq}`, eventSeq });
  if (action === 'apologize') orders.push({ kind: 'apology', sourceKey: `apology:${eventSeq}`, eventSeq });
  if (action === 'payment_received' || (action === 'confirm_payment' && Number(data.amount) > 0)) orders.push({ kind: 'payment_receipt', sourceKey: `payment_receipt:${eventSeq}`, eventSeq });
  if (after.status === 'processed' && before?.status !== 'processed') orders.push({ kind: 'result', sourceKey: 'result' });
  return orders;
}

/** Queues the documents an action calls for, in the action's transaction (they are signed by a job). */
export async function queueDocuments(ctx: ServiceContext, dossierId: string, orders: DocumentOrder[]): Promise<void> {
  for (const order of orders) await enqueue(ctx.db, { provinceCode: ctx.provinceCode, kind: ISSUE_DOCUMENT_JOB, payload: { dossierId, ...order }, runAt: ctx.now() });
}

const TITLES: Record<DocumentKind, string> = {
  receipt: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
  supplement_request: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
  refusal: 'Phiếu từ chối tiếp nhận, giải quyết hồ sơ',
  apology: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả',
  control_slip: 'Phiếu kiểm soát quá trình giải quyết hồ sơ',
  result: 'Kết quả giải quyết thủ tục hành chính',
  payment_receipt: 'Biên lai thu phí, lệ phí',
};

/**
 * Renders, signs and stores one document of a dossier (idempotent per source). Slips are
 * signed by the desk or agency that issues them; the result by the competent agency, and
 * its data go to the applicant's data store for reuse in later procedures.
 */
export async function issueDossierDocument(ctx: ServiceContext, settings: SigningSettings, dossierId: string, order: DocumentOrder): Promise<IssuedDocument> {
  const dossier = await store.findDossier(ctx.db, ctx.provinceCode, dossierId);
  if (!dossier) throw notFound(text('hồ sơ', 'dossier'), dossierId);
  const events = await store.listEvents(ctx.db, ctx.provinceCode, dossierId);
  const event = order.eventSeq ? events.find((e) => e.seq === order.eventSeq) : undefined;
  const procedure = await getVersion(ctx, dossier.procedureSlug, dossier.procedureVersion);
  const agencies = await findAgencies(ctx, [...dossier.involvedAgencies, ...events.flatMap((e) => (e.agencyCode ? [e.agencyCode] : []))]);
  const unitNames = new Map<string, string>();
  for (const unitCode of new Set([...[...agencies.values()].map((a) => a.unitCode), ctx.provinceCode])) {
    const unit = await findCurrentUnit(ctx, unitCode);
    if (unit) unitNames.set(unitCode, unit.name);
  }
  const issuer =
    order.kind === 'result' || order.kind === 'apology' || (order.kind === 'refusal' && event?.action === 'refuse')
      ? dossier.competentAgencyCode
      : // Asked while checking an online filing: the desk; asked during processing: the agency that asked.
        order.kind === 'supplement_request' && event?.agencyCode && event.fromStatus !== 'submitted'
        ? event.agencyCode
        : dossier.receivingAgencyCode;
  const template = procedure.definition.result.template;
  const lookupUrl = `${settings.publicUrl}/tra-cuu/${encodeURIComponent(dossier.code)}`;
  const owed = order.kind === 'receipt' && !dossier.paidAt ? Number(dossier.feeTotal) - (await paidSoFar(ctx, dossierId)) : 0;
  const transfer = await transferInstructions(ctx, dossier, owed);
  let contextForRecord: DocumentContext | undefined;
  const issued = await issueDocument(ctx, settings, {
    owner: { type: 'dossier', id: dossierId },
    sourceKey: order.sourceKey,
    kind: order.kind,
    title: order.kind === 'result' ? resultTitle(procedure.definition) : TITLES[order.kind],
    issuerAgencyCode: issuer,
    ...(order.kind === 'result' && template?.numberSeries ? { numberSeries: template.numberSeries } : {}),
    reason: `${TITLES[order.kind]} — hồ sơ ${dossier.code}`,
    location: unitNames.get(agencies.get(issuer)?.unitCode ?? '') ?? '',
    render: async ({ number, verifyUrl }) => {
      const c: DocumentContext = { dossier, events, agencies, unitNames, number, verifyUrl, lookupUrl, qr: qrPng, now: ctx.now(), procedureTime: processingTimeText(procedure.definition.processingTime), transfer };
      contextForRecord = c;
      switch (order.kind) {
        case 'receipt':
          return receiptSpec(c);
        case 'supplement_request':
          return supplementRequestSpec(c, event!);
        case 'refusal':
          return refusalSpec(c, event!);
        case 'apology':
          return apologySpec(c, event!);
        case 'control_slip':
          return controlSlipSpec(c);
        case 'payment_receipt':
          return paymentReceiptSpec(c, event!, amountInWords);
        case 'result': {
          const approver = [...events].reverse().find((e) => e.action === 'approve')?.actorName.replace(/\s*\([^)]*\)$/, '');
          return resultSpec(c, procedure.definition, approver, [{ png: await qrPng(verifyUrl), caption: `Xác minh kết quả: ${verifyUrl}` }]);
        }
        default:
          throw new Error(`no template for ${order.kind}`);
      }
    },
  });
  if (order.kind === 'result' && contextForRecord && dossier.applicantNationalId) {
    await putRecord(ctx, dossier.applicantNationalId, { type: procedure.definition.result.type, data: resultRecord(contextForRecord, procedure.definition, issued.id), source: `Kết quả hồ sơ ${dossier.code}` });
  }
  return issued;
}

async function visibleDossier(ctx: ServiceContext, id: string): Promise<store.DossierRow> {
  const dossier = await store.findDossier(ctx.db, ctx.provinceCode, id);
  if (!dossier || !canView(ctx.actor, dossier)) throw notFound(text('hồ sơ', 'dossier'), id);
  return dossier;
}

/** The signed documents of a dossier the actor may see. */
export async function dossierDocuments(ctx: ServiceContext, settings: SigningSettings, id: string): Promise<IssuedDocument[]> {
  await visibleDossier(ctx, id);
  return documentsOf(ctx, settings, 'dossier', id);
}

/** One signed document of a dossier the actor may see, as a stream. */
export async function dossierDocumentFile(ctx: ServiceContext, settings: SigningSettings, id: string, documentId: string) {
  await visibleDossier(ctx, id);
  return openDocument(ctx, settings, 'dossier', id, documentId);
}

/**
 * The receipt of a received dossier, issued now if the background job has not done it yet
 * (the officer prints it while the applicant waits at the desk).
 */
export async function ensureReceipt(ctx: ServiceContext, settings: SigningSettings, id: string): Promise<IssuedDocument> {
  const dossier = await visibleDossier(ctx, id);
  if (!dossier.receivedAt) throw notFound(text('giấy tiếp nhận', 'receipt'), id);
  return issueDossierDocument(ctx, settings, id, { kind: 'receipt', sourceKey: 'receipt' });
}

/** A control slip of the dossier as it stands now (Mẫu 05), for staff. */
export async function currentControlSlip(ctx: ServiceContext, settings: SigningSettings, id: string): Promise<IssuedDocument> {
  const dossier = await visibleDossier(ctx, id);
  return issueDossierDocument(ctx, settings, id, { kind: 'control_slip', sourceKey: `control_slip:${dossier.rowVersion}` });
}
