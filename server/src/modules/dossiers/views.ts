import type { Actor } from '../../platform/auth/actor.js';
import type { WorkingCalendar } from '../../platform/calendar/working-days.js';
import type { ServiceContext } from '../../platform/context.js';
import { text } from '../../platform/i18n.js';
import { findAgencies } from '../units/agency-service.js';
import { deadlineOf } from './deadlines.js';
import type { Dossier, DossierSummary } from './schemas.js';
import { STATUSES } from './statuses.js';
import type { DossierRow, EventRow } from './store.js';
import { ACTIONS, availableActions, type Action, type WorkflowState } from './workflow.js';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/** The name on a dossier: the person, or the organisation. */
export const applicantName = (row: Pick<DossierRow, 'applicant'>): string => String(row.applicant.type === 'organisation' ? row.applicant.orgName : row.applicant.fullName);

/** What the workflow rule needs of a stored dossier. */
export function workflowState(row: DossierRow, calendar: WorkingCalendar, now: Date): WorkflowState {
  const colour = deadlineOf(row, calendar, now).colour;
  return {
    status: row.status,
    stepIndex: row.stepIndex,
    steps: row.steps,
    receivingAgencyCode: row.receivingAgencyCode,
    assigneeId: row.assigneeId,
    applicantAccountId: row.applicantAccountId,
    applicantNationalId: row.applicantNationalId,
    rated: row.rating !== null,
    late: colour === 'due_soon' || colour === 'overdue',
  };
}

export function toSummary(row: DossierRow, calendar: WorkingCalendar, now: Date): DossierSummary {
  const deadline = deadlineOf(row, calendar, now);
  const step = row.steps[row.stepIndex];
  return {
    id: row.id,
    code: row.code,
    procedure: { slug: row.procedureSlug, version: row.procedureVersion, code: row.procedureCode, name: row.procedureName },
    applicantName: applicantName(row),
    channel: row.channel,
    status: row.status,
    statusName: STATUSES[row.status].name,
    portalStatus: STATUSES[row.status].portal,
    step: step ? { key: step.key, name: step.name, role: step.role, agencyCode: step.agencyCode } : null,
    currentAgencyCode: row.currentAgencyCode,
    assigneeId: row.assigneeId,
    submittedAt: row.submittedAt.toISOString(),
    receivedAt: iso(row.receivedAt),
    dueAt: iso(row.dueAt),
    deadline: deadline.colour,
    workingDaysLeft: deadline.workingDaysLeft,
  };
}

/** Event names people read: the action's name, or what the system did. */
export function eventName(action: string): { vi: string; en: string } {
  if (action in ACTIONS) return ACTIONS[action as Action];
  const system: Record<string, { vi: string; en: string }> = {
    submitted: text('Nộp hồ sơ trực tuyến', 'Filed online'),
    received: text('Tiếp nhận hồ sơ tại quầy', 'Received at the desk'),
    auto_assigned: text('Phân công tự động', 'Assigned automatically'),
    deadline_warning: text('Cảnh báo sắp đến hạn', 'Due soon'),
    overdue: text('Quá hạn giải quyết', 'Overdue'),
    payment_received: text('Đã nhận phí, lệ phí', 'Payment received'),
    digitised: text('Số hóa thành phần hồ sơ', 'Component digitised'),
  };
  return system[action] ?? text(action, action);
}

/** A dossier in full, with its history and what the viewer may do now. */
export async function toDossier(ctx: ServiceContext, row: DossierRow, events: Array<EventRow & { seq: number }>, calendar: WorkingCalendar, actor: Actor): Promise<Dossier> {
  const now = ctx.now();
  const agencies = await findAgencies(ctx, [row.receivingAgencyCode, row.competentAgencyCode]);
  const ref = (code: string) => {
    const a = agencies.get(code);
    return { code, name: a?.name ?? code, nameEn: a?.nameEn ?? code };
  };
  return {
    ...toSummary(row, calendar, now),
    applicant: row.applicant,
    submitter: row.components.submitter,
    formId: row.formId,
    formData: row.formData,
    findings: row.findings,
    components: row.components.items,
    steps: row.steps,
    stepIndex: row.stepIndex,
    receivingAgency: ref(row.receivingAgencyCode),
    competentAgency: ref(row.competentAgencyCode),
    placeUnitCode: row.placeUnitCode,
    returnChannel: row.returnChannel,
    postalAddress: row.postalAddress,
    fees: row.fees,
    feeTotal: Number(row.feeTotal),
    paidAt: iso(row.paidAt),
    originalDueAt: iso(row.originalDueAt),
    finishedAt: iso(row.finishedAt),
    returnedAt: iso(row.returnedAt),
    supplementCount: row.supplementCount,
    rating: row.rating,
    history: events.map((e) => ({
      seq: e.seq,
      occurredAt: e.occurredAt.toISOString(),
      actorName: e.actorName,
      action: e.action,
      actionName: eventName(e.action),
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      stepKey: e.stepKey,
      agencyCode: e.agencyCode,
      comment: e.comment,
      data: e.data,
    })),
    allowedActions: availableActions(workflowState(row, calendar, now), actor).map((action) => ({ action, name: ACTIONS[action] })),
    version: row.rowVersion,
  };
}
