import { randomUUID } from 'node:crypto';
import { actorLabel } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { localDateOf } from '../../platform/calendar/local-date.js';
import { withTransaction, type ServiceContext } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { text } from '../../platform/i18n.js';
import { findAgencies } from '../units/agency-service.js';
import { signerFor, trustedCaPems } from './keys-service.js';
import { signPdf } from './pades.js';
import { renderOfficialDocument, type OfficialDocumentSpec } from './pdf/official-document.js';
import type { SigningSettings } from './settings.js';
import * as store from './store.js';
import { checkPdfSignature, type SignatureCheck } from './verify.js';

/** Kinds of documents the platform issues. */
export const DOCUMENT_KINDS = {
  receipt: { vi: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả', en: 'Receipt and appointment slip' },
  supplement_request: { vi: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ', en: 'Request to supplement' },
  refusal: { vi: 'Phiếu từ chối tiếp nhận, giải quyết hồ sơ', en: 'Refusal' },
  apology: { vi: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả', en: 'Apology with a new date' },
  control_slip: { vi: 'Phiếu kiểm soát quá trình giải quyết hồ sơ', en: 'Processing control slip' },
  result: { vi: 'Kết quả giải quyết thủ tục hành chính', en: 'Result' },
  payment_receipt: { vi: 'Biên lai thu phí, lệ phí', en: 'Receipt of payment' },
} as const;
export type DocumentKind = keyof typeof DOCUMENT_KINDS;

export interface IssueRequest {
  owner: { type: string; id: string };
  /** What the document answers to (e.g. `receipt`, `supplement_request:7`): one document each. */
  sourceKey: string;
  kind: DocumentKind;
  title: string;
  /** The agency that issues and signs it. */
  issuerAgencyCode: string;
  /** A yearly number series (e.g. `TNHS`); without one the document has no number. */
  numberSeries?: string;
  /** Builds the document; it gets the document's id, number and public verification address. */
  render: (issue: { id: string; number: string | null; verifyUrl: string }) => Promise<OfficialDocumentSpec>;
  reason: string;
  location: string;
}

export interface IssuedDocument {
  id: string;
  kind: DocumentKind;
  kindName: { vi: string; en: string };
  title: string;
  number: string | null;
  issuerAgencyCode: string;
  sha256: string;
  signedAt: string;
  verifyUrl: string;
}

export const verifyUrlOf = (settings: SigningSettings, id: string): string => `${settings.publicUrl}/xac-minh/${id}`;

function toIssued(settings: SigningSettings, row: store.DocumentRow): IssuedDocument {
  return {
    id: row.id,
    kind: row.kind as DocumentKind,
    kindName: DOCUMENT_KINDS[row.kind as DocumentKind],
    title: row.title,
    number: row.number,
    issuerAgencyCode: row.issuerAgencyCode,
    sha256: row.sha256 ?? '',
    signedAt: row.signedAt?.toISOString() ?? '',
    verifyUrl: verifyUrlOf(settings, row.id),
  };
}

/**
 * Issues a signed PDF once per (owner, source): the row is claimed first with its id and
 * number, so a retry after a crash finishes the same document; rendering and signing run
 * outside any transaction (they take tens of milliseconds); the file goes to the
 * content-addressed store, then the row is completed and audited.
 */
export async function issueDocument(ctx: ServiceContext, settings: SigningSettings, request: IssueRequest): Promise<IssuedDocument> {
  const existing = await store.findDocumentBySource(ctx.db, ctx.provinceCode, request.owner.type, request.owner.id, request.sourceKey);
  if (existing?.status === 'issued') return toIssued(settings, existing);
  const row =
    existing ??
    (await withTransaction(ctx, async (tx) => {
      const now = tx.now();
      const year = Number(localDateOf(now).slice(0, 4));
      const number = request.numberSeries ? `${String(await store.nextDocumentNumber(tx.db, tx.provinceCode, request.issuerAgencyCode, year, request.numberSeries)).padStart(2, '0')}/${request.numberSeries}` : null;
      const pending: store.DocumentRow = {
        provinceCode: tx.provinceCode,
        id: randomUUID(),
        ownerType: request.owner.type,
        ownerId: request.owner.id,
        sourceKey: request.sourceKey,
        kind: request.kind,
        title: request.title,
        number,
        issuerAgencyCode: request.issuerAgencyCode,
        status: 'pending',
        sha256: null,
        size: null,
        signerSerial: null,
        signedAt: null,
        createdAt: now,
        createdBy: actorLabel(tx.actor),
      };
      if (!(await store.insertPendingDocument(tx.db, pending))) {
        return (await store.findDocumentBySource(tx.db, tx.provinceCode, request.owner.type, request.owner.id, request.sourceKey))!;
      }
      return pending;
    }));
  if (row.status === 'issued') return toIssued(settings, row);
  const spec = await request.render({ id: row.id, number: row.number, verifyUrl: verifyUrlOf(settings, row.id) });
  const { signer, key } = await signerFor(ctx, settings, request.issuerAgencyCode);
  const signedAt = ctx.now();
  const agency = (await findAgencies(ctx, [request.issuerAgencyCode])).get(request.issuerAgencyCode);
  const pdf = await signPdf(await renderOfficialDocument(spec), signer, {
    name: agency?.name ?? request.issuerAgencyCode,
    reason: request.reason,
    location: request.location,
    signingTime: signedAt,
    ...(settings.timeStamper ? { timeStamper: settings.timeStamper } : {}),
  });
  const stored = await settings.files.put(pdf);
  const first = await withTransaction(ctx, async (tx) => {
    if (!(await store.completeDocument(tx.db, tx.provinceCode, row.id, { sha256: stored.sha256, size: stored.size, signerSerial: key.serial, signedAt }))) return false;
    await recordAudit(tx, { action: 'document.issued', entityType: request.owner.type, entityId: request.owner.id, after: { document: row.id, kind: request.kind, number: row.number, sha256: stored.sha256 } });
    return true;
  });
  // Signed twice at once (the job and a desk printing it): the first one stands.
  if (!first) return toIssued(settings, (await store.findDocument(ctx.db, ctx.provinceCode, row.id))!);
  return toIssued(settings, { ...row, status: 'issued', sha256: stored.sha256, size: stored.size, signerSerial: key.serial, signedAt });
}

/** The issued documents of an owner (a dossier), oldest first. */
export async function documentsOf(ctx: ServiceContext, settings: SigningSettings, ownerType: string, ownerId: string): Promise<IssuedDocument[]> {
  return (await store.documentsOf(ctx.db, ctx.provinceCode, ownerType, ownerId)).filter((d) => d.status === 'issued').map((d) => toIssued(settings, d));
}

/** The bytes of an issued document, with its record; 404 unless it belongs to the owner. */
export async function openDocument(ctx: ServiceContext, settings: SigningSettings, ownerType: string, ownerId: string, id: string): Promise<{ document: IssuedDocument; content: NodeJS.ReadableStream }> {
  const row = await store.findDocument(ctx.db, ctx.provinceCode, id);
  if (!row || row.status !== 'issued' || row.ownerType !== ownerType || row.ownerId !== ownerId) throw notFound(text('văn bản', 'document'), id);
  return { document: toIssued(settings, row), content: await settings.files.open(row.sha256!) };
}

export interface Verification {
  document: (IssuedDocument & { issuerName: string; ownerType: string; ownerId: string }) | null;
  /** The uploaded file is byte for byte the one issued. */
  originalIssuedHere: boolean;
  signature: SignatureCheck;
}

async function describe(ctx: ServiceContext, settings: SigningSettings, row: store.DocumentRow) {
  const agency = (await findAgencies(ctx, [row.issuerAgencyCode])).get(row.issuerAgencyCode);
  return { ...toIssued(settings, row), issuerName: agency?.name ?? row.issuerAgencyCode, ownerType: row.ownerType, ownerId: row.ownerId };
}

/** Public check of a document by its id (the QR on it): what it is, and its stored file's signature. */
export async function verifyById(ctx: ServiceContext, settings: SigningSettings, id: string): Promise<Verification> {
  const row = await store.findDocument(ctx.db, ctx.provinceCode, id);
  if (!row || row.status !== 'issued') throw notFound(text('văn bản', 'document'), id);
  const chunks: Buffer[] = [];
  for await (const chunk of await settings.files.open(row.sha256!)) chunks.push(chunk as Buffer);
  return { document: await describe(ctx, settings, row), originalIssuedHere: true, signature: checkPdfSignature(Buffer.concat(chunks), trustedCaPems(settings)) };
}

/** Public check of an uploaded PDF: is it, unchanged, a document issued here, and is its signature valid? */
export async function verifyUpload(ctx: ServiceContext, settings: SigningSettings, pdf: Buffer, sha256: string): Promise<Verification> {
  const [row] = (await store.findDocumentsBySha256(ctx.db, sha256)).filter((d) => d.provinceCode === ctx.provinceCode && d.status === 'issued');
  return { document: row ? await describe(ctx, settings, row) : null, originalIssuedHere: !!row, signature: checkPdfSignature(pdf, trustedCaPems(settings)) };
}
