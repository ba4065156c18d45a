import { recordAudit } from '../../platform/audit/audit.js';
import { withTransaction, type ServiceContext } from '../../platform/context.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { text } from '../../platform/i18n.js';
import { findAgencies } from '../units/agency-service.js';
import { mayConfigure } from './policy.js';
import { autoAssignSetting, saveAutoAssign } from './store.js';

async function checkAgency(ctx: ServiceContext, agencyCode: string): Promise<void> {
  if (!(await findAgencies(ctx, [agencyCode])).has(agencyCode)) throw notFound(text('cơ quan', 'agency'), agencyCode);
  if (!mayConfigure(ctx.actor, agencyCode)) throw forbidden(text('Chỉ lãnh đạo hoặc quản trị của cơ quan cấu hình được việc phân công.', "Only the agency's leaders or administrators configure assignment."));
}

export async function getWorkflowSettings(ctx: ServiceContext, agencyCode: string): Promise<{ autoAssign: boolean }> {
  await checkAgency(ctx, agencyCode);
  return { autoAssign: await autoAssignSetting(ctx.db, ctx.provinceCode, agencyCode) };
}

/** Switches assignment by workload for an agency (on by default). */
export async function setWorkflowSettings(ctx: ServiceContext, agencyCode: string, settings: { autoAssign: boolean }): Promise<{ autoAssign: boolean }> {
  await checkAgency(ctx, agencyCode);
  return withTransaction(ctx, async (tx) => {
    const before = await autoAssignSetting(tx.db, tx.provinceCode, agencyCode);
    await saveAutoAssign(tx.db, tx.provinceCode, agencyCode, settings.autoAssign, tx.now());
    await recordAudit(tx, { action: 'dossiers.settings_changed', entityType: 'agency', entityId: agencyCode, before: { autoAssign: before }, after: settings });
    return settings;
  });
}
