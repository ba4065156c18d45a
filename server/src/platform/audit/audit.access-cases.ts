import type { AccessCase } from '../../../test/access.js';

/** The audit log is province-wide: commune administrators and other staff are refused. */
export const auditAccessCases = (): AccessCase[] => [
  {
    route: 'GET /api/v1/audit',
    url: '/api/v1/audit',
    refused: { anonymous: 401, citizen: 403, 'benthanh.motcua': 403, 'benthanh.lanhdao': 403, 'benthanh.quantri': 403, 'tuphap.chuyenvien': 403 },
    allowed: 'giamsat',
  },
  {
    route: 'GET /api/v1/audit/verify',
    url: '/api/v1/audit/verify',
    refused: { anonymous: 401, citizen: 403, 'benthanh.motcua': 403, giamsat: 403, 'benthanh.quantri': 403 },
    allowed: 'admin',
  },
];
