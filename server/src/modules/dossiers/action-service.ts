import { workingCalendar } from '../../platform/calendar/service.js';
import type { WorkingCalendar } from '../../platform/calendar/working-days.js';
import { withTransaction, type ServiceContext } from '../../platform/context.js';
import { invalidField, notFound } from '../../platform/errors.js';
import { text } from '../../platform/i18n.js';
import { staffHolding } from '../accounts/staff-directory.js';
import { findAgencies } from '../units/agency-service.js';
import { checkComponents } from './components.js';
import { resumeFromPause } from './deadlines.js';
import { recordChange, type ChangeNote } from './history.js';
import { receivedChanges } from './intake-service.js';
import { insertPayment, paidSoFar, paymentData } from './payment-service.js';
import { canView } from './policy.js';
import { loadDossierView } from './query-service.js';
import { resolveSteps } from './routing.js';
import type { Dossier } from './schemas.js';
import { checkFindings, getVersion } from '../catalog/service.js';
import * as store from './store.js';
import { enterStep } from './transitions.js';
import { workflowState } from './views.js';
import { assertActionAllowed, type Action } from './workflow.js';

/** What each action takes besides the dossier (validated by the route's schema). */
export interface ActionInput {
  comment?: string;
  reason?: string;
  assigneeId?: string;
  missing?: string[];
  components?: Array<{ key: string; paper?: boolean; files?: string[]; fromRecord?: string }>;
  amount?: number;
  agencyCode?: string;
  newDueAt?: string;
  level?: 'not_satisfied' | 'satisfied' | 'very_satisfied';
  criteria?: Record<string, number>;
  findings?: Record<string, unknown>;
}

type Outcome = { changes: Partial<store.DossierRow>; note: Omit<ChangeNote, 'action'> };

/**
 * Takes one action on a dossier: locks it, asks the workflow rule whether this actor may
 * take this action now (409 otherwise), applies the change, and records it — history,
 * portal messages, notification, audit — in the same transaction.
 */
export async function performAction(ctx: ServiceContext, id: string, action: Action, input: ActionInput): Promise<Dossier> {
  const calendar = await workingCalendar(ctx);
  await withTransaction(ctx, async (tx) => {
    const row = await store.lockDossier(tx.db, tx.provinceCode, id);
    if (!row || !canView(tx.actor, row)) throw notFound(text('hồ sơ', 'dossier'), id);
    assertActionAllowed(workflowState(row, calendar, tx.now()), tx.actor, action);
    const { changes, note } = await apply(tx, row, action, input, calendar);
    await store.updateDossier(tx.db, tx.provinceCode, id, changes, tx.now());
    const after = { ...row, ...changes, rowVersion: row.rowVersion + 1 };
    await recordChange(tx, row, after, { action, comment: input.comment ?? input.reason ?? null, ...note });
  });
  return loadDossierView(ctx, id);
}

async function apply(ctx: ServiceContext, d: store.DossierRow, action: Action, input: ActionInput, calendar: WorkingCalendar): Promise<Outcome> {
  const now = ctx.now();
  const finished = { finishedAt: now };
  switch (action) {
    case 'accept':
      return { changes: await receivedChanges(ctx, d, now, calendar), note: {} };
    case 'reject':
      return { changes: { status: 'rejected', ...finished }, note: { tellApplicant: `Lý do: ${input.reason}` } };
    case 'refuse':
      return { changes: { status: 'stopped', ...finished }, note: { tellApplicant: `Lý do: ${input.reason}` } };
    case 'withdraw':
      return { changes: { status: 'withdrawn', ...finished }, note: {} };
    case 'complete_step':
    case 'approve': {
      const findings = await establish(ctx, d, action, input.findings);
      return { changes: { ...findings, ...(await enterStep(ctx, d, d.stepIndex + 1)) }, note: input.findings ? { data: { findings: input.findings } } : {} };
    }
    case 'send_back':
      return { changes: { ...(await enterStep(ctx, d, d.stepIndex - 1)), status: 'processing' }, note: {} };
    case 'assign':
      return assign(ctx, d, input.assigneeId!);
    case 'request_supplement': {
      const count = d.supplementCount + 1;
      return {
        changes: { status: 'supplement_requested', pausedAt: now, pausedFromStatus: d.status, supplementCount: count },
        // Decree 118/2025: one request listing everything; a second one counts against the agency.
        note: { data: { missing: input.missing, repeated: count > 1 }, tellApplicant: `Cần bổ sung: ${input.missing!.join('; ')}.` },
      };
    }
    case 'supplement': {
      const procedure = await getVersion(ctx, d.procedureSlug, d.procedureVersion);
      const items = await checkComponents(ctx, procedure.definition, input.components!, { paperAllowed: ctx.actor.kind === 'staff', applicantNationalId: d.applicantNationalId, requireAll: false, formFilled: false, path: 'components' }, d.components.items);
      return { changes: { ...resumeFromPause(d, now, calendar), components: { ...d.components, items } }, note: { data: { supplied: input.components!.map((c) => c.key) } } };
    }
    case 'request_payment': {
      const fee = { name: text(input.reason!, input.reason!), amount: input.amount!, quantity: 1, total: input.amount! };
      return {
        changes: { status: 'awaiting_payment', pausedAt: now, pausedFromStatus: d.status, fees: [...d.fees, fee], feeTotal: Number(d.feeTotal) + input.amount!, paidAt: null },
        note: { data: { amount: input.amount }, tellApplicant: `Số tiền cần nộp: ${input.amount!.toLocaleString('vi-VN')} đồng.` },
      };
    }
    case 'confirm_payment': {
      // Paid in cash at the desk: whatever is still owed goes into the ledger, and a receipt follows.
      const payment = { dossierId: d.id, amount: Number(d.feeTotal) - (await paidSoFar(ctx, d.id)), method: 'counter' as const, paidAt: now, transactionId: null };
      if (payment.amount > 0) await insertPayment(ctx, payment);
      return { changes: { ...resumeFromPause(d, now, calendar), paidAt: d.paidAt ?? now }, note: { data: payment.amount > 0 ? paymentData(payment) : {} } };
    }
    case 'transfer':
      return transfer(ctx, d, input.agencyCode!);
    case 'apologize': {
      const newDue = new Date(input.newDueAt!);
      if (!d.dueAt || newDue <= d.dueAt || newDue <= now) {
        throw invalidField('newDueAt', text('Ngày hẹn mới phải sau ngày hẹn hiện tại và sau thời điểm này.', 'The new date must be after the current due date and after now.'));
      }
      return {
        changes: { dueAt: newDue, warnedAt: null, overdueAt: null },
        note: {
          data: { previousDueAt: d.dueAt.toISOString(), newDueAt: newDue.toISOString() },
          tellApplicant: `Cơ quan xin lỗi vì chậm trễ; ngày hẹn trả mới: ${newDue.toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })}.`,
        },
      };
    }
    case 'return_result':
      return { changes: { status: 'returned', returnedAt: now }, note: {} };
    case 'rate':
      return { changes: { rating: { level: input.level!, criteria: input.criteria ?? {}, comment: input.comment ?? null, at: now.toISOString() } }, note: { data: { level: input.level } } };
  }
}

/**
 * What the agency established (the procedure's findings form, FORMAT.md): whoever completes
 * a step may record it, and the result cannot be approved until it is complete and valid —
 * the signed result states it. Errors name `findings/<field>`.
 */
async function establish(ctx: ServiceContext, d: store.DossierRow, action: Action, given: Record<string, unknown> | undefined): Promise<Partial<store.DossierRow>> {
  const procedure = await getVersion(ctx, d.procedureSlug, d.procedureVersion);
  if (!procedure.definition.result.template?.findings) {
    if (given) throw invalidField('findings', text('Thủ tục này không có kết luận phải ghi.', 'This procedure has no findings to record.'));
    return {};
  }
  const findings = { ...d.findings, ...given };
  if (given || action === 'approve') checkFindings(procedure, findings);
  return given ? { findings } : {};
}

/** The clock starts again where it stopped; the due date moves on by the days it stood still. */
async function assign(ctx: ServiceContext, d: store.DossierRow, assigneeId: string): Promise<Outcome> {
  const step = d.steps[d.stepIndex]!;
  const holders = await staffHolding(ctx, step.agencyCode, step.role);
  const person = holders.find((h) => h.id === assigneeId);
  if (!person) {
    throw invalidField('assigneeId', text(`Người được phân công phải giữ vai trò của bước «${step.name.vi}» tại cơ quan đang xử lý.`, `The assignee must hold the role of step '${step.name.en}' at the agency.`));
  }
  return { changes: { assigneeId, status: 'processing' }, note: { data: { assignee: person.fullName } } };
}

/**
 * Hands the dossier to another agency of the same kind (a commune sent it to the wrong
 * ward, say): the remaining steps move there, the history stays.
 */
async function transfer(ctx: ServiceContext, d: store.DossierRow, agencyCode: string): Promise<Outcome> {
  const agencies = await findAgencies(ctx, [agencyCode, d.competentAgencyCode]);
  const target = agencies.get(agencyCode);
  const competent = agencies.get(d.competentAgencyCode);
  if (!target || agencyCode === d.competentAgencyCode || target.kind !== competent?.kind) {
    throw invalidField('agencyCode', text('Chỉ chuyển được cho một cơ quan khác cùng loại với cơ quan có thẩm quyền.', 'A dossier can only go to another agency of the same kind as the competent one.'));
  }
  const procedure = await getVersion(ctx, d.procedureSlug, d.procedureVersion);
  const steps = resolveSteps(procedure.definition.flow, { provinceCode: ctx.provinceCode, receivingAgencyCode: d.receivingAgencyCode, competentAgencyCode: agencyCode, returnChannel: d.returnChannel });
  const kept = [...d.steps.slice(0, d.stepIndex), ...steps.slice(d.stepIndex)];
  const entered = await enterStep(ctx, { steps: kept }, d.stepIndex);
  const involvedAgencies = [...new Set([...d.involvedAgencies, ...kept.map((s) => s.agencyCode)])];
  return { changes: { ...entered, steps: kept, involvedAgencies, competentAgencyCode: agencyCode, placeUnitCode: agencyCode.split('.')[0]!, status: 'processing' }, note: { data: { from: d.competentAgencyCode, to: agencyCode } } };
}

