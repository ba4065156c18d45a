import { api, unwrap } from './client';
import type { AuditPage, AuditQuery } from './types';

export function listAudit(query: AuditQuery): Promise<AuditPage> {
  return unwrap(api.GET('/api/v1/audit', { params: { query } }));
}
