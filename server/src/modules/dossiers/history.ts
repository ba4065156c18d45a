import { actorId, actorLabel } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import { findAgencies } from '../units/agency-service.js';
import { documentsFor, queueDocuments } from './documents.js';
import { notifyApplicant } from './notifications.js';
import { queuePortalSync } from './portal-sync.js';
import { insertEvent, type DossierRow } from './store.js';
import { eventName } from './views.js';

export interface ChangeNote {
  action: string;
  comment?: string | null;
  data?: Record<string, unknown>;
  /** A sentence for the applicant's notification (a new date, what is missing…). */
  tellApplicant?: string;
}

/**
 * Everything that follows a change to a dossier, in the change's transaction: the event in
 * its history, the signed documents it calls for (queued), the portal messages, the
 * applicant's notification when the status changed, and the audit entry (last, as it locks
 * the audit chain until commit).
 */
export async function recordChange(ctx: ServiceContext, before: DossierRow | null, after: DossierRow, note: ChangeNote): Promise<void> {
  const statusChanged = before?.status !== after.status;
  const step = after.steps[after.stepIndex];
  const seq = await insertEvent(ctx.db, {
    provinceCode: ctx.provinceCode,
    dossierId: after.id,
    occurredAt: ctx.now(),
    actorId: actorId(ctx.actor),
    actorName: actorLabel(ctx.actor),
    action: note.action,
    fromStatus: before?.status ?? null,
    toStatus: after.status,
    stepKey: step?.key ?? null,
    agencyCode: after.currentAgencyCode,
    comment: note.comment ?? null,
    data: note.data ?? {},
  });
  await queueDocuments(ctx, after.id, documentsFor(note.action, before, after, seq, note.data ?? {}));
  const receiving = (await findAgencies(ctx, [after.receivingAgencyCode])).get(after.receivingAgencyCode);
  const content = [eventName(note.action).vi, note.comment].filter(Boolean).join(': ');
  await queuePortalSync(ctx, after, statusChanged, { actorName: actorLabel(ctx.actor), content }, receiving?.electronicId ?? after.receivingAgencyCode);
  if (statusChanged) await notifyApplicant(ctx, after, `${ctx.publicUrl ?? 'http://localhost:8080'}/tra-cuu/${encodeURIComponent(after.code)}`, note.tellApplicant);
  await recordAudit(ctx, {
    action: `dossier.${note.action}`,
    entityType: 'dossier',
    entityId: after.code,
    before: before ? { status: before.status, step: before.steps[before.stepIndex]?.key ?? null, agency: before.currentAgencyCode, assignee: before.assigneeId, dueAt: before.dueAt } : null,
    after: { status: after.status, step: step?.key ?? null, agency: after.currentAgencyCode, assignee: after.assigneeId, dueAt: after.dueAt },
    ...(note.comment ? { details: { comment: note.comment } } : {}),
  });
}
