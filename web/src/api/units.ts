import { api, unwrap } from './client';
import type { Agency, AgencyPage, AgencyQuery, ResolveQuery, ResolveResult, UnitDetail, UnitPage, UnitQuery } from './types';

export function listUnits(query: UnitQuery): Promise<UnitPage> {
  return unwrap(api.GET('/api/v1/units', { params: { query } }));
}

export function getUnit(code: string): Promise<UnitDetail> {
  return unwrap(api.GET('/api/v1/units/{code}', { params: { path: { code }, query: {} } }));
}

/** The current unit(s) a pre-2025 address belongs to. */
export function resolveFormerAddress(query: ResolveQuery): Promise<ResolveResult> {
  return unwrap(api.GET('/api/v1/units/resolve', { params: { query } }));
}

export function listAgencies(query: AgencyQuery): Promise<AgencyPage> {
  return unwrap(api.GET('/api/v1/agencies', { params: { query } }));
}

export function getAgency(code: string): Promise<Agency> {
  return unwrap(api.GET('/api/v1/agencies/{code}', { params: { path: { code } } }));
}
