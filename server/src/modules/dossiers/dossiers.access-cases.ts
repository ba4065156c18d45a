import type { AccessCase } from '../../../test/access.js';
import { dossierActionPaths } from './routes.js';

const notStaff = { anonymous: 401, citizen: 403 } as const;

/** A valid body for each action, so the refusal tested is about who asks, not what they send. */
const ACTION_BODIES: Record<string, unknown> = {
  reject: { reason: 'Không đủ điều kiện tiếp nhận' },
  assign: { assigneeId: '6f1c1a52-7a43-4d0e-9a8f-3a3a3a3a3a3a' },
  'send-back': { reason: 'Xem lại hồ sơ' },
  'request-supplement': { missing: ['Giấy tờ chứng minh nơi cư trú'] },
  supplement: { components: [{ key: 'ban-chinh', paper: true }] },
  'request-payment': { amount: 1000, reason: 'Lệ phí bổ sung' },
  refuse: { reason: 'Không đủ điều kiện giải quyết' },
  transfer: { agencyCode: '27664.UBND', reason: 'Sai địa bàn' },
  apologize: { newDueAt: '2030-01-01T00:00:00Z', reason: 'Chậm trễ do xác minh' },
  rate: { level: 'satisfied' },
};
/** Administrators manage accounts; they do not see dossiers. */
const noDossierRole = { ...notStaff, admin: 403, 'benthanh.quantri': 403 } as const;

/**
 * Who must be refused on the dossier routes. `ids.dossier` is a dossier received at the
 * Bến Thành desk for someone other than the demo citizen: the demo citizen, Cần Giờ's staff
 * and administrators must not even learn it exists (404).
 */
export const dossierAccessCases = (ids: Record<string, string>): AccessCase[] => {
  const hidden = { anonymous: 401, citizen: 404, 'cangio.motcua': 404, admin: 404, 'tuphap.chuyenvien': 404 } as const;
  return [
    { route: 'POST /api/v1/dossiers', url: '/api/v1/dossiers', body: {}, refused: { ...noDossierRole, 'benthanh.chuyenvien': 403, 'benthanh.lanhdao': 403, giamsat: 403 } },
    { route: 'POST /api/v1/me/dossiers', url: '/api/v1/me/dossiers', body: {}, refused: { anonymous: 401, 'benthanh.motcua': 403, admin: 403 } },
    { route: 'GET /api/v1/me/dossiers', url: '/api/v1/me/dossiers', refused: { anonymous: 401, 'benthanh.motcua': 403 }, allowed: 'citizen' },
    { route: 'GET /api/v1/dossiers', url: '/api/v1/dossiers', refused: noDossierRole, allowed: 'giamsat' },
    { route: 'GET /api/v1/dossiers/inbox', url: '/api/v1/dossiers/inbox', refused: noDossierRole, allowed: 'benthanh.chuyenvien' },
    { route: 'GET /api/v1/dossiers/inbox/counts', url: '/api/v1/dossiers/inbox/counts', refused: noDossierRole, allowed: 'benthanh.motcua' },
    { route: 'GET /api/v1/dossiers/stats', url: '/api/v1/dossiers/stats?agency=27664.UBND&from=2026-01-01&to=2026-12-31', refused: { ...noDossierRole, 'benthanh.chuyenvien': 403, 'benthanh.motcua': 403 }, allowed: 'giamsat' },
    { route: 'GET /api/v1/dossiers/:id', url: `/api/v1/dossiers/${ids.dossier}`, refused: hidden, allowed: 'benthanh.chuyenvien' },
    { route: 'GET /api/v1/dossiers/:id/assignees', url: `/api/v1/dossiers/${ids.dossier}/assignees`, refused: { anonymous: 401, citizen: 403, 'cangio.motcua': 404, admin: 403 }, allowed: 'benthanh.lanhdao' },
    { route: 'GET /api/v1/dossiers/:id/documents', url: `/api/v1/dossiers/${ids.dossier}/documents`, refused: hidden, allowed: 'benthanh.motcua' },
    { route: 'GET /api/v1/dossiers/:id/documents/:documentId', url: `/api/v1/dossiers/${ids.dossier}/documents/${ids.receipt}`, refused: hidden, allowed: 'benthanh.motcua' },
    { route: 'GET /api/v1/dossiers/:id/receipt.pdf', url: `/api/v1/dossiers/${ids.dossier}/receipt.pdf`, refused: hidden, allowed: 'benthanh.motcua' },
    { route: 'GET /api/v1/dossiers/:id/control-slip.pdf', url: `/api/v1/dossiers/${ids.dossier}/control-slip.pdf`, refused: { ...noDossierRole, 'cangio.motcua': 404, 'tuphap.chuyenvien': 404 } },
    {
      route: 'POST /api/v1/dossiers/:id/components/:key/digitise',
      url: `/api/v1/dossiers/${ids.dossier}/components/ban-chinh/digitise`,
      body: { files: ['0'.repeat(64)] },
      // The ward's leader sees the dossier but scanning is the desk's and the specialists' work.
      refused: { ...noDossierRole, 'cangio.motcua': 404, 'tuphap.chuyenvien': 404, 'benthanh.lanhdao': 403 },
    },
    ...dossierActionPaths.map((path): AccessCase => ({ route: `POST /api/v1/dossiers/:id/${path}`, url: `/api/v1/dossiers/${ids.dossier}/${path}`, body: ACTION_BODIES[path] ?? {}, refused: hidden })),
    { route: 'GET /api/v1/dossiers/settings/:agencyCode', url: '/api/v1/dossiers/settings/27664.UBND', refused: { ...notStaff, 'benthanh.chuyenvien': 403, 'benthanh.lanhdao': 403, 'benthanh.quantri': 403 } },
    { route: 'PUT /api/v1/dossiers/settings/:agencyCode', url: '/api/v1/dossiers/settings/27664.UBND', body: { autoAssign: false }, refused: { ...notStaff, 'benthanh.chuyenvien': 403, 'benthanh.lanhdao': 403, 'benthanh.quantri': 403 } },
  ];
};

/** The lookup by code is public: the code is printed on the receipt. */
export const dossierPublicRoutes = ['GET /api/v1/lookup/:code'];
