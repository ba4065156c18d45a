import type { Account } from '../../api/types';

/**
 * The single commune a commune administrator manages, so agency pickers list only its
 * agencies; undefined for a province administrator (the whole province). Mirrors
 * adminScope in server/src/modules/accounts/policy.ts; the server enforces it.
 */
export function communeOfAdmin(account: Account | undefined): string | undefined {
  const admin = (account?.memberships ?? []).filter((m) => m.role === 'admin');
  if (admin.length === 0 || admin.some((m) => m.level === 'province')) return undefined;
  const units = new Set(admin.map((m) => m.unitCode));
  return units.size === 1 ? [...units][0] : undefined;
}

export function isProvinceAdmin(account: Account | undefined): boolean {
  return (account?.memberships ?? []).some((m) => m.role === 'admin' && m.level === 'province');
}
