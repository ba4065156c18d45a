import type { ServiceContext } from './platform/context.js';
import { ensureStarterCatalog } from './modules/catalog/admin-service.js';
import { provisionProvince } from './modules/units/provision.js';

/**
 * Prepares the context's province for service: its agencies, and the starter procedure
 * catalog if it has none. Safe to repeat.
 */
export async function provision(ctx: ServiceContext): Promise<{ agencies: number; procedures: number }> {
  const agencies = await provisionProvince(ctx);
  const procedures = await ensureStarterCatalog(ctx);
  return { agencies, procedures };
}
