import { randomUUID } from 'node:crypto';
import { actorId, actorLabel } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { localDateOf } from '../../platform/calendar/local-date.js';
import { workingCalendar } from '../../platform/calendar/service.js';
import { withTransaction, type ServiceContext } from '../../platform/context.js';
import { enqueue } from '../../platform/jobs/index.js';
import { foldText } from '../../platform/text.js';
import { dueDateFor } from '../catalog/processing-time.js';
import { getVersionInForce } from '../catalog/service.js';
import type { VersionRow } from '../catalog/store.js';
import { findAgencies } from '../units/agency-service.js';
import type { Agency } from '../units/schemas.js';
import { LEGACY_NOTIFY_JOB } from './legacy-jobs.js';
import { codeKey } from './code-key.js';
import { insertDossiers, insertNumberedEvents, insertPortalMessages, takenCodes, upsertLegacyCodes, type LegacyCodeRow, type PortalMessage } from './legacy-store.js';
import { dongBoHoSo, portalTime } from './portal-sync.js';
import { competentAgencyFor, resolveSteps, serviceCenterOfUnit } from './routing.js';
import { STATUSES, type Channel, type DossierStatus, type ReturnChannel } from './statuses.js';
import { nextDailyNumber, type ComponentState, type DossierRow, type EventRow, type FeeLine } from './store.js';

/** Statuses a dossier can be handed over in: everything not finished in the old system. */
export const HANDOVER_STATUSES = ['submitted', 'received', 'processing', 'supplement_requested', 'awaiting_payment', 'processed'] as const satisfies readonly DossierStatus[];
export type HandoverStatus = (typeof HANDOVER_STATUSES)[number];

export interface LegacyHistoryEntry {
  at: Date;
  /** One of the workflow's action names (accept, assign…) or the old system's own label. */
  action: string;
  actorName: string;
  status: DossierStatus | null;
  comment: string | null;
}

export interface LegacyFile {
  name: string;
  path: string | null;
  sha256: string | null;
  /** The procedure component it belongs to, when the old system said. */
  component: string | null;
}

/** A dossier of an old unit, as the new competent agency takes it over. */
export interface LegacyDossier {
  legacyCode: string;
  oldUnitCode: string;
  oldAgency: { code: string | null; name: string };
  procedureSlug: string;
  /** The commune deciding (commune-level procedures); ignored for province-level ones. */
  placeUnitCode: string;
  applicant: Record<string, unknown>;
  applicantNationalId: string | null;
  submitter: Record<string, unknown> | null;
  channel: Channel;
  returnChannel: ReturnChannel;
  postalAddress: string | null;
  status: HandoverStatus;
  submittedAt: Date;
  receivedAt: Date | null;
  dueAt: Date | null;
  originalDueAt: Date | null;
  pausedAt: Date | null;
  formData: Record<string, unknown>;
  fees: FeeLine[];
  paidAt: Date | null;
  history: LegacyHistoryEntry[];
  files: LegacyFile[];
  /** Why this agency (the rule that decided, or the administrator's reason), for the history. */
  reason: string;
}

/** A due date moved on by a recorded decision (e.g. the province's decision on the hand-over). */
export interface DueExtension {
  workingDays: number;
  decision: string;
}

export interface TakenOver {
  legacyCode: string;
  dossierId: string;
  code: string;
  competentAgencyCode: string;
  dueAt: Date | null;
}

/** The agency competent for a procedure in a commune (or the province's), and the desk there. */
export function legacyTarget(procedure: Pick<VersionRow, 'level' | 'competentAgencyKind'>, placeUnitCode: string, provinceCode: string): { competent: string; desk: string } {
  const place = procedure.level === 'province' ? provinceCode : placeUnitCode;
  return { competent: competentAgencyFor(procedure, place, provinceCode), desk: serviceCenterOfUnit(place) };
}

const LEGACY_FILES_KEY = 'tai-lieu-he-thong-cu';

function componentsOf(procedure: VersionRow, d: LegacyDossier): ComponentState[] {
  const received = d.status !== 'submitted';
  const items: ComponentState[] = procedure.definition.components.map((c) => ({
    key: c.key,
    name: c.name,
    required: c.required,
    // Accepted at the old desk: the required papers were there.
    paper: received && c.required,
    files: d.files.filter((f) => f.component === c.key && f.sha256).map((f) => f.sha256!),
    fromRecord: null,
    eform: false,
  }));
  const keys = new Set(items.map((i) => i.key));
  const others = d.files.filter((f) => f.sha256 && !(f.component && keys.has(f.component)));
  if (others.length > 0) {
    items.push({ key: LEGACY_FILES_KEY, name: { vi: 'Tài liệu chuyển từ hệ thống cũ', en: 'Files from the former system' }, required: false, paper: false, files: others.map((f) => f.sha256!), fromRecord: null, eform: false });
  }
  return items;
}

/** Where a taken-over dossier resumes in the new flow: the desk, the competent agency's first step, or the return. */
function resumeStep(procedure: VersionRow, status: HandoverStatus, steps: number): number {
  if (status === 'submitted') return 0;
  if (status === 'processed') return steps - 1;
  const first = procedure.definition.flow.findIndex((s) => s.agency !== 'service_center');
  return first > 0 ? first : Math.min(1, steps - 1);
}

const viDate = (d: Date): string => d.toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/**
 * Takes dossiers of the units that ended on 30 June 2025 into the dossiers of the new
 * competent agencies, all in one transaction: each keeps its old code (printed on the
 * receipt, and the code the National Public Service Portal knows it by), its due date
 * (or the one extended by a recorded decision), its history from the old system followed
 * by the hand-over, and it becomes visible at the new agency's desk and queues. The old code
 * is recorded so the public lookup finds it whatever its spelling; the portal gets the
 * progress and the whole record; the applicants are told by a job enqueued in the same
 * transaction; one audit entry records the batch. Resolution 190/2025/QH15 and Decree
 * 120/2025/NĐ-CP: the successor unit carries on the old unit's unfinished dossiers.
 */
export async function takeOverLegacyDossiers(ctx: ServiceContext, items: LegacyDossier[], extension?: DueExtension, versions: Map<string, VersionRow> = new Map()): Promise<TakenOver[]> {
  if (items.length === 0) return [];
  return withTransaction(ctx, async (tx) => {
    const now = tx.now();
    const calendar = await workingCalendar(tx);
    // `versions` may be kept by the caller across batches of one run: the versions in force, by slug.
    for (const slug of new Set(items.map((i) => i.procedureSlug))) if (!versions.has(slug)) versions.set(slug, await getVersionInForce(tx, slug));
    const targets = items.map((d) => legacyTarget(versions.get(d.procedureSlug)!, d.placeUnitCode, tx.provinceCode));
    const agencies = await findAgencies(tx, targets.flatMap((t) => [t.competent, t.desk]));
    const taken = await takenCodes(tx.db, tx.provinceCode, items.map((d) => d.legacyCode));
    const rows: DossierRow[] = [];
    const events: Array<EventRow & { seq: number }> = [];
    const portal: PortalMessage[] = [];
    const codes: LegacyCodeRow[] = [];
    const result: TakenOver[] = [];
    for (const [i, d] of items.entries()) {
      const procedure = versions.get(d.procedureSlug)!;
      const { competent, desk } = targets[i]!;
      const competentAgency = agencies.get(competent);
      const deskAgency: Agency | undefined = agencies.get(desk);
      if (!competentAgency || !deskAgency) throw new Error(`no agency ${competentAgency ? desk : competent} in province ${tx.provinceCode}: provision it first`);
      // The old code stays the dossier's code, unless a dossier of the new platform already has it.
      const code = taken.has(d.legacyCode) ? `${deskAgency.electronicId ?? desk}-${localDateOf(now).slice(2).replace(/-/g, '')}-${String(await nextDailyNumber(tx.db, tx.provinceCode, desk, localDateOf(now))).padStart(4, '0')}` : d.legacyCode;
      const steps = resolveSteps(procedure.definition.flow, { provinceCode: tx.provinceCode, receivingAgencyCode: desk, competentAgencyCode: competent, returnChannel: d.returnChannel });
      const stepIndex = resumeStep(procedure, d.status, steps.length);
      const step = steps[stepIndex]!;
      const computedDue = !d.dueAt && d.receivedAt && d.status !== 'submitted' ? dueDateFor(calendar, d.receivedAt, procedure.definition.processingTime) : null;
      const keptDue = d.dueAt ?? computedDue;
      const dueAt = keptDue && extension ? calendar.closingTimeOf(calendar.addWorkingDaysToDate(localDateOf(keptDue), extension.workingDays)) : keptDue;
      const paused = d.status === 'supplement_requested' || d.status === 'awaiting_payment';
      const name = String(d.applicant.type === 'organisation' ? d.applicant.orgName : d.applicant.fullName);
      const fees = d.fees;
      const row: DossierRow = {
        provinceCode: tx.provinceCode,
        id: randomUUID(),
        code,
        procedureSlug: procedure.slug,
        procedureVersion: procedure.version,
        procedureCode: procedure.code,
        procedureName: procedure.name,
        field: procedure.field,
        channel: d.channel,
        status: d.status,
        stepIndex,
        steps,
        applicant: d.applicant,
        applicantNationalId: d.applicantNationalId,
        applicantAccountId: null,
        applicantSearch: foldText(`${name} ${d.applicantNationalId ?? ''} ${typeof d.applicant.taxCode === 'string' ? d.applicant.taxCode : ''} ${d.legacyCode}`),
        formId: null,
        formData: d.formData,
        findings: {},
        components: { items: componentsOf(procedure, d), submitter: d.submitter },
        receivingAgencyCode: desk,
        competentAgencyCode: competent,
        currentAgencyCode: step.agencyCode,
        currentStepRole: step.role,
        involvedAgencies: [...new Set([desk, competent, ...steps.map((s) => s.agencyCode)])],
        // A backlog arriving at once is assigned by the agency's leader, not all to whoever had the fewest at that instant.
        assigneeId: null,
        placeUnitCode: procedure.level === 'province' ? tx.provinceCode : d.placeUnitCode,
        returnChannel: d.returnChannel,
        postalAddress: d.postalAddress,
        fees,
        feeTotal: fees.reduce((sum, f) => sum + f.total, 0),
        paidAt: d.paidAt,
        submittedAt: d.submittedAt,
        receivedAt: d.status === 'submitted' ? null : (d.receivedAt ?? d.submittedAt),
        dueAt,
        originalDueAt: d.originalDueAt ?? keptDue,
        pausedAt: paused ? (d.pausedAt ?? d.history.at(-1)?.at ?? d.receivedAt ?? d.submittedAt) : null,
        pausedFromStatus: paused ? 'processing' : null,
        supplementCount: d.status === 'supplement_requested' ? 1 : 0,
        warnedAt: null,
        overdueAt: null,
        finishedAt: d.status === 'processed' ? (d.history.at(-1)?.at ?? now) : null,
        returnedAt: null,
        rating: null,
        rowVersion: 1,
        createdAt: now,
        updatedAt: now,
      };
      rows.push(row);
      let previous: DossierStatus | null = null;
      for (const [n, h] of d.history.entries()) {
        const to: DossierStatus = h.status ?? previous ?? d.status;
        events.push({ provinceCode: tx.provinceCode, dossierId: row.id, seq: n + 1, occurredAt: h.at, actorId: null, actorName: h.actorName, action: h.action, fromStatus: previous, toStatus: to, stepKey: null, agencyCode: d.oldAgency.code, comment: h.comment, data: { legacy: true, agency: d.oldAgency.name } });
        previous = to;
      }
      const extended = extension && keptDue && dueAt ? ` Ngày hẹn trả được gia hạn từ ${viDate(keptDue)} đến ${viDate(dueAt)} theo ${extension.decision}.` : '';
      const comment = `Chuyển giao do sắp xếp đơn vị hành chính (từ 01/7/2025): từ ${d.oldAgency.name} sang ${competentAgency.name}; tiếp nhận, trả kết quả tại ${deskAgency.name}. ${d.reason}${extended}`;
      events.push({
        provinceCode: tx.provinceCode,
        dossierId: row.id,
        seq: d.history.length + 1,
        occurredAt: now,
        actorId: actorId(tx.actor),
        actorName: actorLabel(tx.actor),
        action: 'transfer',
        fromStatus: previous,
        toStatus: row.status,
        stepKey: step.key,
        agencyCode: competent,
        comment,
        data: {
          handover: true,
          legacyCode: d.legacyCode,
          fromUnit: d.oldUnitCode,
          fromAgency: d.oldAgency,
          to: competent,
          desk,
          reason: d.reason,
          ...(keptDue && dueAt && extension ? { previousDueAt: keptDue.toISOString(), newDueAt: dueAt.toISOString(), decision: extension.decision } : {}),
          ...(d.files.length > 0 ? { legacyFiles: d.files } : {}),
        },
      });
      portal.push(
        { provinceCode: tx.provinceCode, dossierId: row.id, messageType: 'CapNhatTienDoHoSoMC', payload: { MaHoSo: code, NguoiXuLy: actorLabel(tx.actor), ThoiDiemXuLy: portalTime(now), NoiDungXuLy: comment, TrangThai: STATUSES[row.status].portal }, createdAt: now },
        { provinceCode: tx.provinceCode, dossierId: row.id, messageType: 'DongBoHoSoMC', payload: dongBoHoSo(row, deskAgency.electronicId ?? desk), createdAt: now },
      );
      codes.push({
        provinceCode: tx.provinceCode,
        codeKey: codeKey(d.legacyCode),
        legacyCode: d.legacyCode,
        dossierId: row.id,
        oldUnitCode: d.oldUnitCode,
        oldAgencyCode: d.oldAgency.code,
        oldAgencyName: d.oldAgency.name,
        summary: { procedureName: procedure.name, status: row.status, receivedAt: row.receivedAt?.toISOString() ?? null, dueAt: dueAt?.toISOString() ?? null },
        createdAt: now,
        handedOverAt: now,
      });
      result.push({ legacyCode: d.legacyCode, dossierId: row.id, code, competentAgencyCode: competent, dueAt });
    }
    await insertDossiers(tx.db, rows);
    await insertNumberedEvents(tx.db, events);
    await upsertLegacyCodes(tx.db, codes);
    await insertPortalMessages(tx.db, portal);
    await enqueue(tx.db, { provinceCode: tx.provinceCode, kind: LEGACY_NOTIFY_JOB, payload: { ids: rows.map((r) => r.id) } });
    await recordAudit(tx, {
      action: 'dossier.handed_over',
      entityType: result.length === 1 ? 'dossier' : 'dossier-batch',
      entityId: result.length === 1 ? result[0]!.code : `${result[0]!.code}…${result.at(-1)!.code} (${result.length})`,
      after: { count: result.length, dossiers: result.map((r) => ({ code: r.code, legacyCode: r.legacyCode, agency: r.competentAgencyCode, dueAt: r.dueAt })) },
      ...(extension ? { details: { extension } } : {}),
    });
    return result;
  });
}

/** What the lookup shows for an old code while the province decides who takes the dossier over. */
export interface PendingLegacyCode {
  legacyCode: string;
  oldUnitCode: string;
  oldAgency: { code: string | null; name: string };
  procedureName: string;
  status: DossierStatus;
  receivedAt: Date | null;
  dueAt: Date | null;
  applicantNationalId: string | null;
}

/**
 * Records old codes whose dossier waits in the province's review queue, so the applicant
 * following it with the old receipt is told it is being handed over instead of "not found".
 */
export async function registerPendingLegacyCodes(ctx: ServiceContext, items: PendingLegacyCode[]): Promise<void> {
  const now = ctx.now();
  await upsertLegacyCodes(
    ctx.db,
    items.map((p) => ({
      provinceCode: ctx.provinceCode,
      codeKey: codeKey(p.legacyCode),
      legacyCode: p.legacyCode,
      dossierId: null,
      oldUnitCode: p.oldUnitCode,
      oldAgencyCode: p.oldAgency.code,
      oldAgencyName: p.oldAgency.name,
      summary: { procedureName: p.procedureName, status: p.status, receivedAt: p.receivedAt?.toISOString() ?? null, dueAt: p.dueAt?.toISOString() ?? null, applicantNationalId: p.applicantNationalId },
      createdAt: now,
      handedOverAt: null,
    })),
  );
}
