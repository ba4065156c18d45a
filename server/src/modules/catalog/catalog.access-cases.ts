import type { AccessCase } from '../../../test/access.js';

const staffNotAdmin = { anonymous: 401, citizen: 403, 'benthanh.motcua': 403, 'benthanh.lanhdao': 403, giamsat: 403, 'tuphap.chuyenvien': 403 } as const;

/** Publishing is for province administrators: a commune administrator is refused too. */
export const catalogAccessCases = (): AccessCase[] => [
  { route: 'POST /api/v1/catalog/procedures', url: '/api/v1/catalog/procedures', body: { effectiveFrom: '2030-01-01', definition: {} }, refused: { ...staffNotAdmin, 'benthanh.quantri': 403 } },
  {
    route: 'POST /api/v1/catalog/procedures/:slug/versions',
    url: '/api/v1/catalog/procedures/dang-ky-khai-sinh/versions',
    body: { effectiveFrom: '2030-01-01', definition: {} },
    refused: { ...staffNotAdmin, 'benthanh.quantri': 403 },
  },
  { route: 'POST /api/v1/catalog/import', url: '/api/v1/catalog/import', body: { format: 'motcua.catalog', formatVersion: 1, fields: [], procedures: [] }, refused: { ...staffNotAdmin, 'benthanh.quantri': 403 }, allowed: 'admin' },
  {
    route: 'GET /api/v1/catalog/procedures/:slug/forms/:formId/prefill',
    url: '/api/v1/catalog/procedures/dang-ky-khai-sinh/forms/to-khai-dang-ky-khai-sinh/prefill',
    refused: { anonymous: 401, 'benthanh.motcua': 403, admin: 403 },
    allowed: 'citizen',
  },
  { route: 'GET /api/v1/me/records', url: '/api/v1/me/records', refused: { anonymous: 401, 'benthanh.motcua': 403, admin: 403 }, allowed: 'citizen' },
  { route: 'PUT /api/v1/calendar/years/:year', url: '/api/v1/calendar/years/2030', body: { daysOff: [], workingDays: [], sources: [], verify: true }, refused: { ...staffNotAdmin, 'benthanh.quantri': 403 }, allowed: 'admin' },
];

/** The catalog and the calendar are public information. */
export const catalogPublicRoutes = [
  'GET /api/v1/catalog/fields',
  'GET /api/v1/catalog/procedures',
  'GET /api/v1/catalog/procedures/:slug',
  'GET /api/v1/catalog/procedures/:slug/versions/:version',
  'GET /api/v1/catalog/procedures/:slug/forms/:formId',
  'POST /api/v1/catalog/procedures/:slug/forms/:formId/validate',
  'GET /api/v1/catalog/export',
  'GET /api/v1/calendar/years/:year',
  'GET /api/v1/calendar/due-date',
];
