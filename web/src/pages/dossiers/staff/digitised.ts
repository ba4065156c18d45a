import type { Dossier } from '../../../api/dossiers';
import type { Account } from '../../../api/types';

/** When each component was digitised in this dossier (the `digitised` events), latest first wins. */
export function digitisedAt(d: Dossier): Map<string, string> {
  const at = new Map<string, string>();
  for (const e of d.history) if (e.action === 'digitised' && typeof e.data.key === 'string') at.set(e.data.key, e.occurredAt);
  return at;
}

/**
 * Whether to offer digitising: desk officers and specialists of an agency the dossier passes
 * through (mirrors digitise-service.ts; the server decides).
 */
export function mayDigitise(account: Account | undefined, d: Dossier): boolean {
  if (account?.kind !== 'staff') return false;
  const agencies = new Set([d.receivingAgency.code, d.competentAgency.code, ...d.steps.map((s) => s.agencyCode)]);
  return account.memberships.some((m) => (m.role === 'officer' || m.role === 'specialist') && agencies.has(m.agencyCode));
}
