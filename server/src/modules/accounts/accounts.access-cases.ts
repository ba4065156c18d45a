import type { AccessCase } from '../../../test/access.js';

const staffOnly = { anonymous: 401, citizen: 403 } as const;
const notAdmins = { ...staffOnly, 'benthanh.motcua': 403, 'benthanh.chuyenvien': 403, 'benthanh.lanhdao': 403, giamsat: 403, 'tuphap.chuyenvien': 403 } as const;

/**
 * Who must be refused on the account routes. `ids` holds account ids by username.
 * A commune administrator (benthanh.quantri) must not see accounts outside Phường Bến Thành.
 */
export const accountAccessCases = (ids: Record<string, string>): AccessCase[] => [
  { route: 'GET /api/v1/accounts', url: '/api/v1/accounts', refused: notAdmins, allowed: 'benthanh.quantri' },
  {
    route: 'POST /api/v1/accounts',
    url: '/api/v1/accounts',
    body: { username: 'nguoimoi', fullName: 'Người Mới', password: 'mat-khau-moi-2026', memberships: [{ agencyCode: '79.STP', role: 'specialist' }] },
    refused: { ...notAdmins, 'benthanh.quantri': 403 },
  },
  { route: 'GET /api/v1/accounts/:id', url: `/api/v1/accounts/${ids.admin}`, refused: { ...notAdmins, 'benthanh.quantri': 404 }, allowed: 'admin' },
  { route: 'PATCH /api/v1/accounts/:id', url: `/api/v1/accounts/${ids['cangio.motcua']}`, body: { fullName: 'Đổi Tên' }, refused: { ...notAdmins, 'benthanh.quantri': 404 } },
  {
    route: 'PUT /api/v1/accounts/:id/memberships',
    url: `/api/v1/accounts/${ids['cangio.motcua']}`.concat('/memberships'),
    body: { memberships: [{ agencyCode: '26743.UBND', role: 'leader' }] },
    refused: { ...notAdmins, 'benthanh.quantri': 404 },
  },
  { route: 'POST /api/v1/accounts/:id/password', url: `/api/v1/accounts/${ids.admin}/password`, body: { newPassword: 'chiem-quyen-2026' }, refused: { ...notAdmins, 'benthanh.quantri': 404 } },
  { route: 'POST /api/v1/accounts/:id/unlock', url: `/api/v1/accounts/${ids['tuphap.chuyenvien']}/unlock`, refused: { ...notAdmins, 'benthanh.quantri': 404 } },
  { route: 'GET /api/v1/auth/session', url: '/api/v1/auth/session', refused: { anonymous: 401 }, allowed: 'citizen' },
  { route: 'POST /api/v1/auth/logout', url: '/api/v1/auth/logout', refused: { anonymous: 401 } },
  { route: 'POST /api/v1/auth/password', url: '/api/v1/auth/password', body: { currentPassword: 'x', newPassword: 'y' }, refused: { anonymous: 401 } },
];

/** Open to everyone by design: signing in and registering. */
export const accountPublicRoutes = ['POST /api/v1/auth/login', 'POST /api/v1/auth/register'];
