import type { Actor, Role } from '../../platform/auth/actor.js';
import { conflict } from '../../platform/errors.js';
import { text, type LocalizedText } from '../../platform/i18n.js';
import { STATUSES, type DossierStatus } from './statuses.js';

/** Everything a user can do to a dossier, by name. */
export const ACTIONS = {
  accept: text('Tiếp nhận hồ sơ', 'Accept the dossier'),
  reject: text('Từ chối tiếp nhận', 'Refuse to accept'),
  assign: text('Phân công xử lý', 'Assign'),
  complete_step: text('Hoàn thành bước, chuyển bước tiếp theo', 'Complete the step'),
  approve: text('Phê duyệt', 'Approve'),
  send_back: text('Trả lại bước trước', 'Send back to the previous step'),
  request_supplement: text('Yêu cầu bổ sung, hoàn thiện hồ sơ', 'Request a supplement'),
  supplement: text('Bổ sung hồ sơ', 'Supplement the dossier'),
  request_payment: text('Yêu cầu thực hiện nghĩa vụ tài chính', 'Request payment'),
  confirm_payment: text('Xác nhận đã nộp phí, lệ phí', 'Confirm payment'),
  refuse: text('Từ chối giải quyết (dừng xử lý)', 'Refuse (stop processing)'),
  transfer: text('Chuyển cơ quan khác', 'Transfer to another agency'),
  apologize: text('Xin lỗi và hẹn lại ngày trả kết quả', 'Apologise and set a new date'),
  return_result: text('Trả kết quả', 'Return the result'),
  withdraw: text('Rút hồ sơ', 'Withdraw'),
  rate: text('Đánh giá mức độ hài lòng', 'Rate satisfaction'),
} as const satisfies Record<string, LocalizedText>;

export type Action = keyof typeof ACTIONS;

/** A flow step with the agency that acts at it resolved for this dossier. */
export interface ResolvedStep {
  key: string;
  name: LocalizedText;
  role: Role;
  agencyCode: string;
}

/** What the workflow needs to know about a dossier. */
export interface WorkflowState {
  status: DossierStatus;
  stepIndex: number;
  steps: ResolvedStep[];
  receivingAgencyCode: string;
  assigneeId: string | null;
  applicantAccountId: string | null;
  applicantNationalId: string | null;
  rated: boolean;
  /** Due within one working day, or past due (the apology becomes possible). */
  late: boolean;
}

const holdsRole = (actor: Actor, agencyCode: string, role: Role): boolean =>
  actor.kind === 'staff' && actor.memberships.some((m) => m.agencyCode === agencyCode && m.role === role);

/** The applicant themself: the citizen account that filed it, or the person whose ID it bears. */
export function isApplicant(actor: Actor, d: Pick<WorkflowState, 'applicantAccountId' | 'applicantNationalId'>): boolean {
  return actor.kind === 'citizen' && (actor.accountId === d.applicantAccountId || (d.applicantNationalId !== null && actor.nationalId === d.applicantNationalId));
}

/**
 * THE rule of the dossier workflow: which actions this actor may take on this dossier now.
 * Every action is checked against it (`assertActionAllowed`); screens show exactly these.
 *
 * - At intake (submitted), an officer of the receiving desk accepts, refuses or asks for a
 *   supplement (Decree 118/2025: one request listing everything missing).
 * - While processing, whoever holds the current step's role at the current agency acts on
 *   the step (only the assignee, once one is set); the agency's leader assigns, refuses,
 *   transfers, asks for payment, and apologises with a new date when the dossier is late.
 * - The applicant supplements when asked, withdraws before the result, rates after it.
 * - An officer of the return desk hands over the result.
 */
export function availableActions(d: WorkflowState, actor: Actor): Action[] {
  const step = d.steps[d.stepIndex];
  const here = step?.agencyCode ?? '';
  const applicant = isApplicant(actor, d);
  const receivingOfficer = holdsRole(actor, d.receivingAgencyCode, 'officer');
  const leader = holdsRole(actor, here, 'leader');
  const onStep = step !== undefined && holdsRole(actor, here, step.role) && (d.assigneeId === null || (actor.kind === 'staff' && actor.accountId === d.assigneeId) || leader);
  const actions: Action[] = [];
  switch (d.status) {
    case 'submitted':
      if (receivingOfficer) actions.push('accept', 'reject', 'request_supplement');
      if (applicant) actions.push('withdraw');
      break;
    case 'received':
    case 'processing':
      if (onStep) actions.push(step!.role === 'leader' ? 'approve' : 'complete_step');
      if (onStep && d.stepIndex > 1) actions.push('send_back');
      if (leader) actions.push('assign', 'refuse', 'transfer', 'request_payment');
      if (leader && d.late) actions.push('apologize');
      if (onStep || leader) actions.push('request_supplement');
      if (applicant) actions.push('withdraw');
      break;
    case 'supplement_requested':
      if (applicant || receivingOfficer) actions.push('supplement');
      if (applicant) actions.push('withdraw');
      break;
    case 'awaiting_payment':
      if (receivingOfficer) actions.push('confirm_payment');
      if (applicant) actions.push('withdraw');
      break;
    case 'processed':
      if (step && holdsRole(actor, here, 'officer')) actions.push('return_result');
      break;
    case 'returned':
      if (applicant && !d.rated) actions.push('rate');
      break;
    default:
      break;
  }
  return [...new Set(actions)];
}

/** Throws a 409 explaining why, unless the actor may take the action now. */
export function assertActionAllowed(d: WorkflowState, actor: Actor, action: Action): void {
  if (availableActions(d, actor).includes(action)) return;
  const status = STATUSES[d.status].name;
  const step = d.steps[d.stepIndex];
  const where = step ? text(` ở bước «${step.name.vi}»`, ` at step '${step.name.en}'`) : text('', '');
  throw conflict(
    text(
      `Không thể «${ACTIONS[action].vi}»: hồ sơ đang ở trạng thái «${status.vi}»${where.vi}, và bạn không có quyền thực hiện thao tác này lúc này.`,
      `Cannot '${ACTIONS[action].en}': the dossier is '${status.en}'${where.en}, and you may not do this now.`,
    ),
    { status: d.status, allowedActions: availableActions(d, actor) },
  );
}
