import type { ServiceContext } from '../../platform/context.js';
import { staffHolding } from '../accounts/staff-directory.js';
import type { DossierStatus } from './statuses.js';
import { autoAssignSetting, openAssignments, type DossierRow } from './store.js';

/**
 * Moves a dossier to a step of its flow: the step's agency and role hold it; entering the
 * last step (the return desk) means processing is over. A specialist step at an agency
 * with automatic assignment goes to the specialist with the fewest open dossiers.
 */
export async function enterStep(ctx: ServiceContext, d: Pick<DossierRow, 'steps'>, stepIndex: number): Promise<Partial<DossierRow>> {
  const step = d.steps[stepIndex];
  if (!step) throw new Error(`no step ${stepIndex}`);
  const last = stepIndex === d.steps.length - 1;
  const status: DossierStatus = last ? 'processed' : 'processing';
  return {
    stepIndex,
    currentAgencyCode: step.agencyCode,
    currentStepRole: step.role,
    status,
    assigneeId: last ? null : await pickAssignee(ctx, step.agencyCode, step.role),
    ...(last ? { finishedAt: ctx.now() } : {}),
  };
}

async function pickAssignee(ctx: ServiceContext, agencyCode: string, role: string): Promise<string | null> {
  if (role !== 'specialist' || !(await autoAssignSetting(ctx.db, ctx.provinceCode, agencyCode))) return null;
  const candidates = await staffHolding(ctx, agencyCode, 'specialist');
  if (candidates.length === 0) return null;
  const load = await openAssignments(ctx.db, ctx.provinceCode, candidates.map((c) => c.id));
  // Fewest open dossiers first; ties go by username, so the choice is predictable.
  return [...candidates].sort((a, b) => (load.get(a.id) ?? 0) - (load.get(b.id) ?? 0) || (a.username < b.username ? -1 : 1))[0]!.id;
}
