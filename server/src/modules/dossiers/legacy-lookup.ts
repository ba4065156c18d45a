import type { ServiceContext } from '../../platform/context.js';
import { codeKey } from './code-key.js';
import { findLegacyCode } from './legacy-store.js';
import { STATUSES, type DossierStatus } from './statuses.js';
import { findDossier, type DossierRow } from './store.js';


/** What the public lookup answers for an old code whose dossier waits for the province to assign it. */
export interface PendingLookup {
  code: string;
  procedureName: string;
  status: DossierStatus;
  statusName: { vi: string; en: string };
  receivedAt: string | null;
  dueAt: string | null;
  receivingAgencyName: string;
  detail: null;
}

/**
 * An old receipt's code (from the systems of the units that ended on 30 June 2025): the
 * dossier that took it over, or — while the province decides who takes it over — what the
 * old system said of it. Undefined for a code nobody knows.
 */
export async function resolveLegacyCode(ctx: ServiceContext, code: string): Promise<{ dossier: DossierRow } | { pending: PendingLookup } | undefined> {
  const legacy = await findLegacyCode(ctx.db, ctx.provinceCode, codeKey(code));
  if (!legacy) return undefined;
  if (legacy.dossierId) {
    const dossier = await findDossier(ctx.db, ctx.provinceCode, legacy.dossierId);
    return dossier ? { dossier } : undefined;
  }
  const s = legacy.summary as { procedureName: string; status: DossierStatus; receivedAt: string | null; dueAt: string | null };
  return {
    pending: {
      code: legacy.legacyCode,
      procedureName: s.procedureName,
      status: s.status,
      statusName: STATUSES[s.status].name,
      receivedAt: s.receivedAt,
      dueAt: s.dueAt,
      receivingAgencyName: `${legacy.oldAgencyName} — hồ sơ đang được chuyển giao cho cơ quan có thẩm quyền sau sắp xếp đơn vị hành chính / being handed over to the competent agency after the reorganisation`,
      detail: null,
    },
  };
}
