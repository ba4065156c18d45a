import { workingCalendar } from '../../platform/calendar/service.js';
import { defineJob, jobRegistry, schedule, type JobContext, type ScheduledPayload } from '../../platform/jobs/index.js';
import { queueNotification } from '../../platform/notify/notifications.js';
import { staffHolding } from '../accounts/staff-directory.js';
import type { SigningSettings } from '../signing/settings.js';
import { deadlineBounds } from './deadlines.js';
import { ISSUE_DOCUMENT_JOB, issueDossierDocument, type DocumentOrder } from './documents.js';
import * as store from './store.js';

const BATCH = 500;

async function tellStaff(ctx: JobContext, d: store.DossierRow, subject: string, body: string): Promise<void> {
  const step = d.steps[d.stepIndex];
  const people = d.assigneeId ? (await staffHolding(ctx.service, d.currentAgencyCode, step?.role ?? 'specialist')).filter((p) => p.id === d.assigneeId) : await staffHolding(ctx.service, d.currentAgencyCode, 'leader');
  for (const person of people.filter((p) => p.email)) {
    await queueNotification(ctx.db, { provinceCode: ctx.provinceCode, channel: 'email', recipient: person.email!, subject, body, relatedType: 'dossier', relatedId: d.id });
  }
}

/**
 * Every quarter hour: warns whoever holds a dossier due within one working day (once), and
 * marks dossiers that passed their due date as overdue (once), each in the dossier's
 * history. The apology with a new date must then come from the agency (Decree 118/2025).
 */
export const deadlineScan = defineJob<ScheduledPayload>('dossiers.deadline-scan', {
  handler: async (ctx) => {
    const now = ctx.now();
    const bounds = deadlineBounds(await workingCalendar(ctx.service), now);
    for (const d of await store.dueForWarning(ctx.db, ctx.provinceCode, bounds.dueSoonUntil, BATCH)) {
      await store.updateDossier(ctx.db, ctx.provinceCode, d.id, { warnedAt: now }, now);
      await store.insertEvent(ctx.db, { provinceCode: ctx.provinceCode, dossierId: d.id, occurredAt: now, actorId: null, actorName: 'system', action: 'deadline_warning', fromStatus: d.status, toStatus: d.status, stepKey: d.steps[d.stepIndex]?.key ?? null, agencyCode: d.currentAgencyCode, comment: null, data: { dueAt: d.dueAt?.toISOString() } });
      await tellStaff(ctx, d, `[${d.code}] Sắp đến hạn giải quyết / Due soon`, `Hồ sơ ${d.code} (${d.procedureName}) đến hạn lúc ${d.dueAt?.toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })}. Nếu không kịp, cơ quan phải gửi phiếu xin lỗi và hẹn lại ngày trả kết quả.`);
    }
    for (const d of await store.dueForOverdue(ctx.db, ctx.provinceCode, now, BATCH)) {
      await store.updateDossier(ctx.db, ctx.provinceCode, d.id, { overdueAt: now }, now);
      await store.insertEvent(ctx.db, { provinceCode: ctx.provinceCode, dossierId: d.id, occurredAt: now, actorId: null, actorName: 'system', action: 'overdue', fromStatus: d.status, toStatus: d.status, stepKey: d.steps[d.stepIndex]?.key ?? null, agencyCode: d.currentAgencyCode, comment: null, data: { dueAt: d.dueAt?.toISOString() } });
      await tellStaff(ctx, d, `[${d.code}] Quá hạn giải quyết / Overdue`, `Hồ sơ ${d.code} (${d.procedureName}) đã quá hạn giải quyết.`);
    }
  },
});

export const dossierJobs = jobRegistry(deadlineScan);

/** Signs the documents actions call for (receipts, slips, results); talks to the signer, so not in one transaction. */
export function dossierDocumentJobs(settings: SigningSettings) {
  return jobRegistry(
    defineJob<DocumentOrder & { dossierId: string }>(ISSUE_DOCUMENT_JOB, {
      transactional: false,
      handler: async (ctx, order) => {
        await issueDossierDocument(ctx.service, settings, order.dossierId, order);
      },
    }),
  );
}
export const dossierSchedules = [schedule('dossiers.deadline-scan', 15)];
