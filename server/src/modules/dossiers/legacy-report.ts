import type { ServiceContext } from '../../platform/context.js';
import { legacyFigures, type LegacyFigures } from './legacy-store.js';

export type { LegacyFigures };

/**
 * Taken-over dossiers by the old unit that received them, or by the agency now competent:
 * how many were handed over, finished since, still open, overdue now.
 */
export function legacyDossierFigures(ctx: ServiceContext, by: 'old_unit' | 'agency'): Promise<LegacyFigures[]> {
  return legacyFigures(ctx.db, ctx.provinceCode, by, ctx.now());
}
