import { defineJob, jobRegistry } from '../../platform/jobs/index.js';
import { findAgencies } from '../units/agency-service.js';
import { notifyApplicant } from './notifications.js';
import { findDossier } from './store.js';

export const LEGACY_NOTIFY_JOB = 'dossiers.legacy-handover-notify';

/**
 * Tells the applicants of taken-over dossiers which agency now handles their dossier (by
 * e-mail and SMS where the old system had their contacts). Enqueued in the transaction
 * that takes the dossiers over, one job per batch, so a hand-over of a million dossiers
 * does not wait for a million notifications, and none is lost.
 */
export const legacyHandoverNotify = defineJob<{ ids: string[] }>(LEGACY_NOTIFY_JOB, {
  handler: async (ctx, payload) => {
    for (const id of payload.ids) {
      const d = await findDossier(ctx.db, ctx.provinceCode, id);
      if (!d) continue;
      const agencies = await findAgencies(ctx.service, [d.competentAgencyCode, d.receivingAgencyCode]);
      const competent = agencies.get(d.competentAgencyCode)?.name ?? d.competentAgencyCode;
      const desk = agencies.get(d.receivingAgencyCode)?.name ?? d.receivingAgencyCode;
      const url = `${ctx.service.publicUrl ?? 'http://localhost:8080'}/tra-cuu/${encodeURIComponent(d.code)}`;
      await notifyApplicant(ctx.service, d, url, `Do sắp xếp đơn vị hành chính, hồ sơ đã được chuyển giao cho ${competent}; nhận kết quả tại ${desk}. Mã hồ sơ và ngày hẹn trả giữ nguyên. / Your dossier is now handled by ${competent}.`);
    }
  },
});

/** The dossiers module's jobs for taken-over dossiers (merged into the runner's registry). */
export const legacyDossierJobs = jobRegistry(legacyHandoverNotify);
