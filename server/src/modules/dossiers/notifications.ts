import type { ServiceContext } from '../../platform/context.js';
import { queueNotification } from '../../platform/notify/notifications.js';
import { STATUSES } from './statuses.js';
import type { DossierRow } from './store.js';

const contactOf = (d: DossierRow): { email: string | null; phone: string | null } => ({
  email: typeof d.applicant.email === 'string' ? d.applicant.email : null,
  phone: typeof d.applicant.phone === 'string' ? d.applicant.phone : null,
});

/**
 * Tells the applicant that their dossier changed status, by e-mail and SMS where they gave
 * an address, in the same transaction as the change (sent later by the job queue).
 */
export async function notifyApplicant(ctx: ServiceContext, d: DossierRow, lookupUrl: string, extra?: string): Promise<void> {
  const { email, phone } = contactOf(d);
  const status = STATUSES[d.status].name;
  const due = d.dueAt ? d.dueAt.toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric' }) : null;
  const lines = [
    `Hồ sơ ${d.code} — ${d.procedureName}`,
    `Trạng thái: ${status.vi}.`,
    ...(due && !['returned', 'processed', 'rejected', 'withdrawn', 'stopped'].includes(d.status) ? [`Hẹn trả kết quả: ${due}.`] : []),
    ...(extra ? [extra] : []),
    `Tra cứu: ${lookupUrl}`,
    '',
    `Dossier ${d.code}: ${status.en}.`,
  ];
  const related = { relatedType: 'dossier', relatedId: d.id };
  if (email) await queueNotification(ctx.db, { provinceCode: ctx.provinceCode, channel: 'email', recipient: email, subject: `[${d.code}] ${status.vi}`, body: lines.join('\n'), ...related });
  if (phone) await queueNotification(ctx.db, { provinceCode: ctx.provinceCode, channel: 'sms', recipient: phone, body: `Ho so ${d.code}: ${status.vi}. Tra cuu: ${lookupUrl}`, ...related });
}
