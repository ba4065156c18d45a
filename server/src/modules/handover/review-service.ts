import { actorLabel } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { withTransaction, type ServiceContext } from '../../platform/context.js';
import { conflict, invalidField, notFound } from '../../platform/errors.js';
import { decodeCursor, toPage, type PageOf } from '../../platform/http/pagination.js';
import { text } from '../../platform/i18n.js';
import { codeKey } from '../dossiers/code-key.js';
import { legacyTarget, takeOverLegacyDossiers } from '../dossiers/legacy-takeover.js';
import { findAgencies } from '../units/agency-service.js';
import { findCurrentUnit } from '../units/service.js';
import { applicantNameOf, toLegacyDossier } from './convert.js';
import { addressOf } from './decide.js';
import { Directory } from './reference.js';
import type { AssignBody, Assigned, ReviewItem, ReviewQuery } from './schemas.js';
import * as store from './store.js';

const dossierWord = text('hồ sơ chờ phân công', 'dossier awaiting assignment');

function toItem(row: store.StagedRow, directory: Directory, oldUnitName: string): ReviewItem {
  const decision = (row.decision ?? {}) as { rule?: string; reason?: string; candidates?: Array<{ code: string; name: string }> };
  const address = addressOf(row.record);
  const agency = (row.record.receivingAgency ?? {}) as { name?: string };
  const procedure = directory.procedureBySlug(row.procedureSlug);
  return {
    legacyCode: row.legacyCode,
    oldUnit: { code: row.oldUnitCode, name: oldUnitName },
    oldAgencyName: String(agency.name ?? ''),
    procedure: { slug: row.procedureSlug, name: procedure?.name ?? row.procedureSlug, level: procedure?.level ?? 'commune' },
    applicantName: applicantNameOf(row.record),
    address: address ? [address.text, address.commune, address.district, address.province].filter(Boolean).join(', ') || null : null,
    status: row.legacyStatus,
    receivedAt: row.receivedAt?.toISOString() ?? null,
    dueAt: row.dueAt?.toISOString() ?? null,
    reviewAgencyCode: row.reviewAgencyCode ?? '',
    reviewDueAt: row.reviewDueAt?.toISOString() ?? null,
    rule: decision.rule ?? '',
    reason: decision.reason ?? '',
    candidates: decision.candidates ?? [],
  };
}

/** The review queue: legacy dossiers the rules could not place, waiting for a province administrator. */
export async function listReview(ctx: ServiceContext, query: ReviewQuery): Promise<PageOf<ReviewItem>> {
  const after = query.cursor ? String(decodeCursor(query.cursor, ['string'])[0]) : undefined;
  const filter = { reviewAgencyCode: query.reviewAgency, oldUnitCode: query.oldUnit, procedureSlug: query.procedure, search: query.q?.trim() || undefined };
  const rows = await store.listReview(ctx.db, ctx.provinceCode, filter, query.limit + 1, after);
  const page = toPage(rows, query.limit, (r) => [r.codeKey]);
  const directory = await Directory.load(ctx);
  const items: ReviewItem[] = [];
  for (const row of page.items) items.push(toItem(row, directory, (await directory.former(row.oldUnitCode))?.unit.name ?? row.oldUnitCode));
  return { items, nextCursor: page.nextCursor };
}

/**
 * A province administrator's decision on a dossier in the review queue: the commune that
 * takes it over (for a commune-level procedure; a province-level one goes to the province
 * department), with the reason, recorded in the dossier's history and the audit log. The
 * due date stays, or moves on by the working days of a recorded decision.
 */
export function assignReview(ctx: ServiceContext, legacyCode: string, body: AssignBody): Promise<Assigned> {
  return withTransaction(ctx, (tx) => assign(tx, legacyCode, body));
}

async function assign(ctx: ServiceContext, legacyCode: string, body: AssignBody): Promise<Assigned> {
  const row = await store.lockStagedByKey(ctx.db, ctx.provinceCode, codeKey(legacyCode));
  if (!row) throw notFound(dossierWord, legacyCode);
  if (row.state !== 'in_review') {
    throw conflict(text(`Hồ sơ «${row.legacyCode}» không ở hàng chờ phân công (trạng thái: ${row.state}).`, `Dossier '${row.legacyCode}' is not in the review queue (state: ${row.state}).`), { state: row.state });
  }
  if ((body.extendWorkingDays === undefined) !== (body.decision === undefined)) {
    throw invalidField('decision', text('Gia hạn cần cả số ngày làm việc và quyết định gia hạn.', 'An extension needs both the working days and the decision.'));
  }
  const directory = await Directory.load(ctx);
  const procedure = directory.procedureBySlug(row.procedureSlug);
  if (!procedure) throw conflict(text('Thủ tục của hồ sơ không còn trong danh mục hiện hành.', "The dossier's procedure is no longer in the catalog."));
  let place = ctx.provinceCode;
  if (procedure.level === 'commune') {
    const unit = body.unitCode ? await findCurrentUnit(ctx, body.unitCode) : undefined;
    if (!unit || unit.level !== 'commune' || unit.provinceCode !== ctx.provinceCode) {
      throw invalidField('unitCode', text('Hãy chọn một xã/phường hiện hành của tỉnh để tiếp nhận hồ sơ.', 'Choose a current commune of the province to take the dossier over.'));
    }
    place = unit.code;
  }
  const target = legacyTarget(procedure, place, ctx.provinceCode);
  const agencies = await findAgencies(ctx, [target.competent, target.desk]);
  if (!agencies.has(target.competent) || !agencies.has(target.desk)) {
    throw invalidField('unitCode', text('Xã/phường này chưa có cơ quan có thẩm quyền trên hệ thống.', 'This commune has no competent agency on the platform yet.'));
  }
  const reason = `Tỉnh phân công (${actorLabel(ctx.actor)}): ${body.reason}`;
  const extension = body.extendWorkingDays !== undefined ? { workingDays: body.extendWorkingDays, decision: body.decision! } : undefined;
  const [taken] = await takeOverLegacyDossiers(ctx, [toLegacyDossier(row, place, reason)], extension);
  const now = ctx.now();
  const decision = { ...(row.decision ?? {}), assigned: { unitCode: place, agencyCode: target.competent, reason: body.reason, by: actorLabel(ctx.actor), at: now.toISOString() } };
  await store.recordOutcomes(ctx.db, ctx.provinceCode, row.transferId, [
    { codeKey: row.codeKey, state: 'handed_over', decision, targetAgencyCode: taken!.competentAgencyCode, reviewAgencyCode: row.reviewAgencyCode, reviewDueAt: row.reviewDueAt, dossierId: taken!.dossierId },
  ], now);
  await recordAudit(ctx, {
    action: 'handover.review_assigned',
    entityType: 'legacy-dossier',
    entityId: row.legacyCode,
    before: { state: 'in_review', reviewAgency: row.reviewAgencyCode },
    after: { state: 'handed_over', agency: taken!.competentAgencyCode, dossier: taken!.code },
    details: { reason: body.reason, ...(extension ? { extension } : {}) },
  });
  return { legacyCode: row.legacyCode, dossierId: taken!.dossierId, code: taken!.code, competentAgencyCode: taken!.competentAgencyCode, dueAt: taken!.dueAt?.toISOString() ?? null };
}
