import type { AccessCase } from '../../../test/access.js';

/** Province-wide administration: commune administrators, desk staff, departments and supervisors are refused. */
const notProvinceAdmin = { anonymous: 401, citizen: 403, 'benthanh.quantri': 403, 'benthanh.motcua': 403, 'tuphap.chuyenvien': 403, giamsat: 403 } as const;
/** Reports: province administrators and supervisors only. */
const notReader = { anonymous: 401, citizen: 403, 'benthanh.quantri': 403, 'benthanh.lanhdao': 403, 'tuphap.chuyenvien': 403 } as const;

const someId = '6f1c1a52-7a43-4d0e-9a8f-3a3a3a3a3a3a';

/** Who must be refused on the hand-over routes (docs/handover.md, "Who may do what"). */
export const handoverAccessCases = (): AccessCase[] => [
  { route: 'GET /api/v1/handover/imports', url: '/api/v1/handover/imports', refused: notProvinceAdmin, allowed: 'admin' },
  { route: 'GET /api/v1/handover/imports/:id/rejects', url: `/api/v1/handover/imports/${someId}/rejects`, refused: notProvinceAdmin, allowed: 'admin' },
  { route: 'GET /api/v1/handover/transfers/plan', url: '/api/v1/handover/transfers/plan', refused: notProvinceAdmin, allowed: 'admin' },
  { route: 'POST /api/v1/handover/transfers', url: '/api/v1/handover/transfers', body: {}, refused: notProvinceAdmin, allowed: 'admin' },
  { route: 'GET /api/v1/handover/transfers', url: '/api/v1/handover/transfers', refused: notProvinceAdmin, allowed: 'admin' },
  { route: 'GET /api/v1/handover/transfers/:id', url: `/api/v1/handover/transfers/${someId}`, refused: notProvinceAdmin, allowed: 'admin' },
  { route: 'GET /api/v1/handover/review', url: '/api/v1/handover/review', refused: notProvinceAdmin, allowed: 'admin' },
  {
    route: 'POST /api/v1/handover/review/:code/assign',
    url: '/api/v1/handover/review/000.00.60.H29-250620-0001/assign',
    body: { unitCode: '26743', reason: 'Theo nơi cư trú' },
    refused: notProvinceAdmin,
    allowed: 'admin',
  },
  { route: 'GET /api/v1/handover/report', url: '/api/v1/handover/report', refused: notReader, allowed: 'giamsat' },
  { route: 'GET /api/v1/handover/report.csv', url: '/api/v1/handover/report.csv?by=old_unit', refused: notReader, allowed: 'admin' },
];
