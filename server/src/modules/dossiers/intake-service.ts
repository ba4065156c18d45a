import { randomUUID } from 'node:crypto';
import { localDateOf } from '../../platform/calendar/local-date.js';
import { workingCalendar } from '../../platform/calendar/service.js';
import type { WorkingCalendar } from '../../platform/calendar/working-days.js';
import type { ServiceContext } from '../../platform/context.js';
import { withTransaction } from '../../platform/context.js';
import { invalidField, Problem, type FieldError } from '../../platform/errors.js';
import { text } from '../../platform/i18n.js';
import { foldText } from '../../platform/text.js';
import { dueDateFor } from '../catalog/processing-time.js';
import { checkFormData, getVersion, getVersionInForce } from '../catalog/service.js';
import type { VersionRow } from '../catalog/store.js';
import { findAgencies } from '../units/agency-service.js';
import { findCurrentUnit } from '../units/service.js';
import { checkComponents } from './components.js';
import { settlePayment } from './payment-service.js';
import { recordChange } from './history.js';
import { receiveDossiers } from './policy.js';
import { competentAgencyFor, resolveSteps, serviceCenterOfUnit } from './routing.js';
import type { CounterIntake, Dossier, OnlineFiling } from './schemas.js';
import type { Channel } from './statuses.js';
import { insertDossier, nextDailyNumber, type DossierRow, type FeeLine } from './store.js';
import { enterStep } from './transitions.js';
import { loadDossierView } from './query-service.js';

type Intake = (CounterIntake | OnlineFiling) & { channel?: 'in_person' | 'post'; paidAtCounter?: boolean };

/** The desk receiving a counter intake: the officer's desk (or the one named, if they have several). */
function counterDesk(ctx: ServiceContext, requested: string | undefined): string {
  const desks = ctx.actor.kind === 'staff' ? ctx.actor.memberships.filter((m) => receiveDossiers.roles.includes(m.role) && m.agencyKind === 'service_center').map((m) => m.agencyCode) : [];
  if (requested) {
    if (!desks.includes(requested)) throw invalidField('receivingAgencyCode', text('Bạn không làm việc tại quầy một cửa này.', 'You do not work at this one-stop desk.'));
    return requested;
  }
  if (desks.length === 1) return desks[0]!;
  if (desks.length === 0) throw new Problem('forbidden', text('Chỉ cán bộ một cửa tại Trung tâm Phục vụ hành chính công tiếp nhận hồ sơ tại quầy.', 'Only one-stop officers of a service center receive dossiers at the desk.'));
  throw invalidField('receivingAgencyCode', text('Bạn làm việc tại nhiều quầy; hãy chọn quầy tiếp nhận.', 'You work at several desks; choose the receiving desk.'));
}

/** The commune (or province) whose agency decides, checked to be in this province. */
async function placeOf(ctx: ServiceContext, procedure: VersionRow, placeUnitCode: string | undefined): Promise<string> {
  if (procedure.level === 'province') return ctx.provinceCode;
  if (!placeUnitCode) {
    throw invalidField('placeUnitCode', text('Hãy chọn xã/phường có thẩm quyền giải quyết (thường là nơi cư trú của người nộp).', 'Choose the commune that decides (usually where the applicant lives).'));
  }
  const unit = await findCurrentUnit(ctx, placeUnitCode);
  if (!unit || unit.level !== 'commune' || unit.provinceCode !== ctx.provinceCode) {
    throw invalidField('placeUnitCode', text(`Không có xã/phường mã «${placeUnitCode}» thuộc tỉnh.`, `There is no commune '${placeUnitCode}' in the province.`));
  }
  return unit.code;
}

/** An online filer must be the applicant, the organisation's representative, or the one filing for them. */
function checkOnlineFiler(ctx: ServiceContext, input: Intake): void {
  if (ctx.actor.kind !== 'citizen') return;
  const me = ctx.actor.nationalId;
  const applicantId = input.applicant.type === 'person' ? input.applicant.nationalId : input.applicant.representative.nationalId;
  if (applicantId !== me && input.submitter?.nationalId !== me) {
    throw invalidField('submitter', text('Khi nộp thay người khác, hãy ghi thông tin của bạn ở phần người nộp thay.', 'When filing for someone else, give your own details as the submitter.'));
  }
}

function feeLines(procedure: VersionRow, channel: Channel, choices: Intake['fees']): FeeLine[] {
  const fees = procedure.definition.fees;
  const errors: FieldError[] = [];
  const lines = (choices ?? []).flatMap((choice, i): FeeLine[] => {
    const fee = fees[choice.index];
    const fits = fee && (fee.channel === 'any' || (fee.channel === 'online') === (channel === 'online'));
    if (!fee || !fits) {
      errors.push({ field: `fees/${i}/index`, in: 'body', message: text('Khoản phí này không áp dụng cho thủ tục và hình thức nộp này.', 'This fee does not apply to this procedure and channel.') });
      return [];
    }
    return [{ name: fee.name, amount: fee.amount, quantity: choice.quantity, total: fee.amount * choice.quantity }];
  });
  if (errors.length > 0) throw new Problem('validation-failed', errors[0]!.message, errors);
  return lines;
}

function checkForm(procedure: VersionRow, data: Record<string, unknown> | undefined): string | null {
  const formId = procedure.definition.components.find((c) => c.form)?.form ?? null;
  if (!formId) return null;
  if (!data) throw invalidField('formData', text('Hãy điền tờ khai của thủ tục.', "Fill in the procedure's application form."));
  try {
    checkFormData(procedure, formId, data);
  } catch (error) {
    if (error instanceof Problem) throw new Problem(error.slug, error.detail, error.errors.map((e) => ({ ...e, field: `formData/${e.field}` })));
    throw error;
  }
  return formId;
}

/**
 * Takes in a dossier — at a desk (received at once, due date set) or online (submitted,
 * waiting for a desk to check it) — anywhere in the province: the competent agency follows
 * from the procedure and the commune deciding, whatever desk receives it (Decree
 * 118/2025/NĐ-CP Arts. 14 and 20). The code is the desk's daily sequence, gap-free.
 */
async function intake(ctx: ServiceContext, input: Intake, online: boolean): Promise<Dossier> {
  const procedure = await getVersionInForce(ctx, input.procedure);
  if (!procedure.definition.applicantTypes.includes(input.applicant.type)) {
    throw invalidField('applicant/type', text('Thủ tục này không dành cho loại người nộp này.', 'This procedure is not for this kind of applicant.'));
  }
  if (online) checkOnlineFiler(ctx, input);
  if (input.returnChannel === 'post' && !input.postalAddress) throw invalidField('postalAddress', text('Hãy ghi địa chỉ nhận kết quả qua bưu điện.', 'Give the postal address for the result.'));
  if (input.returnChannel === 'online' && !online) throw invalidField('returnChannel', text('Kết quả trực tuyến dành cho hồ sơ nộp trực tuyến.', 'Online results are for online filings.'));
  const formId = checkForm(procedure, input.formData);
  const place = await placeOf(ctx, procedure, input.placeUnitCode);
  const competent = competentAgencyFor(procedure, place, ctx.provinceCode);
  const receiving = online ? (input.receivingAgencyCode ?? (await defaultDesk(ctx, place))) : counterDesk(ctx, input.receivingAgencyCode);
  const agencies = await findAgencies(ctx, [receiving, competent]);
  if (!agencies.get(receiving)?.receivesDossiers) throw invalidField('receivingAgencyCode', text('Cơ quan này không có bộ phận một cửa tiếp nhận hồ sơ.', 'This agency has no one-stop desk.'));
  if (!agencies.has(competent)) throw invalidField('placeUnitCode', text('Không tìm thấy cơ quan có thẩm quyền cho xã/phường này.', 'No competent agency was found for this commune.'));
  const channel: Channel = online ? 'online' : (input.channel ?? 'in_person');
  const applicantId = input.applicant.type === 'person' ? input.applicant.nationalId : input.applicant.representative.nationalId;
  const components = await checkComponents(ctx, procedure.definition, input.components, { paperAllowed: !online, applicantNationalId: applicantId, requireAll: true, formFilled: formId !== null, path: 'components' });
  const fees = feeLines(procedure, channel, input.fees);
  const routing = { provinceCode: ctx.provinceCode, receivingAgencyCode: receiving, competentAgencyCode: competent, returnChannel: input.returnChannel };
  const steps = resolveSteps(procedure.definition.flow, routing);
  const calendar = await workingCalendar(ctx);

  const id = await withTransaction(ctx, async (tx) => {
    const now = tx.now();
    const day = localDateOf(now);
    const number = await nextDailyNumber(tx.db, tx.provinceCode, receiving, day);
    const identifier = agencies.get(receiving)!.electronicId ?? receiving;
    const name = input.applicant.type === 'person' ? input.applicant.fullName : input.applicant.orgName;
    const row: DossierRow = {
      provinceCode: tx.provinceCode,
      id: randomUUID(),
      code: `${identifier}-${day.slice(2).replace(/-/g, '')}-${String(number).padStart(4, '0')}`,
      procedureSlug: procedure.slug,
      procedureVersion: procedure.version,
      procedureCode: procedure.code,
      procedureName: procedure.name,
      field: procedure.field,
      channel,
      status: 'submitted',
      stepIndex: 0,
      steps,
      applicant: { ...input.applicant },
      applicantNationalId: applicantId,
      applicantAccountId: online && tx.actor.kind === 'citizen' ? tx.actor.accountId : null,
      applicantSearch: foldText(`${name} ${applicantId} ${input.applicant.type === 'organisation' ? input.applicant.taxCode : ''}`),
      formId,
      formData: input.formData ?? {},
      findings: {},
      components: { items: components, submitter: input.submitter ? { ...input.submitter } : null },
      receivingAgencyCode: receiving,
      competentAgencyCode: competent,
      currentAgencyCode: steps[0]!.agencyCode,
      currentStepRole: steps[0]!.role,
      involvedAgencies: [...new Set([receiving, competent, ...steps.map((s) => s.agencyCode)])],
      assigneeId: null,
      placeUnitCode: place,
      returnChannel: input.returnChannel,
      postalAddress: input.postalAddress ?? null,
      fees,
      feeTotal: fees.reduce((sum, f) => sum + f.total, 0),
      paidAt: null,
      submittedAt: now,
      receivedAt: null,
      dueAt: null,
      originalDueAt: null,
      pausedAt: null,
      pausedFromStatus: null,
      supplementCount: 0,
      warnedAt: null,
      overdueAt: null,
      finishedAt: null,
      returnedAt: null,
      rating: null,
      rowVersion: 1,
      createdAt: now,
      updatedAt: now,
    };
    if (!online) Object.assign(row, await receivedChanges(tx, row, now, calendar));
    await insertDossier(tx.db, row);
    await recordChange(tx, null, row, { action: online ? 'submitted' : 'received' });
    if (input.paidAtCounter && row.feeTotal > 0) {
      await settlePayment(tx, { dossierId: row.id, amount: row.feeTotal, method: 'counter', paidAt: now, transactionId: null });
    }
    return row.id;
  });
  return loadDossierView(ctx, id);
}

/** A dossier being received: the clock starts, the due date is set, and it moves past the desk. */
export async function receivedChanges(ctx: ServiceContext, row: DossierRow, now: Date, calendar: WorkingCalendar): Promise<Partial<DossierRow>> {
  const procedure = await getVersion(ctx, row.procedureSlug, row.procedureVersion);
  const due = dueDateFor(calendar, now, procedure.definition.processingTime);
  const next = await enterStep(ctx, row, Math.min(1, row.steps.length - 1));
  return { ...next, status: next.status === 'processed' ? 'processed' : 'received', receivedAt: now, dueAt: due, originalDueAt: due };
}

/** Without a choice, an online filing goes to the service center of the commune deciding (or the province's). */
async function defaultDesk(ctx: ServiceContext, place: string): Promise<string> {
  const desk = serviceCenterOfUnit(place);
  return (await findAgencies(ctx, [desk])).has(desk) ? desk : serviceCenterOfUnit(ctx.provinceCode);
}

export const receiveAtCounter = (ctx: ServiceContext, input: CounterIntake): Promise<Dossier> => intake(ctx, input, false);
export const fileOnline = (ctx: ServiceContext, input: OnlineFiling): Promise<Dossier> => intake(ctx, input, true);
