import type { AccessCase } from '../../../test/access.js';

const account = { bankBin: '970436', accountNumber: '0071000123456', accountName: 'Trung tâm Phục vụ hành chính công phường Bến Thành' };

/**
 * Who must be refused on the payment routes. `ids.dossier` was received at the Bến Thành
 * desk for someone other than the demo citizen. Only administrators of the province or of
 * the agency's commune see and set its account: Bến Thành's administrator is refused Cần Giờ's.
 * `ids.transaction` is a transfer into the Bến Thành desk's account that named no dossier:
 * the desk's officers and its commune's administrators list, assign and refund it, province
 * administrators and supervisors list it; Cần Giờ's officer does not see it.
 */
export const paymentAccessCases = (ids: Record<string, string>): AccessCase[] => [
  {
    route: 'GET /api/v1/dossiers/:id/payment',
    url: `/api/v1/dossiers/${ids.dossier}/payment`,
    refused: { anonymous: 401, citizen: 404, 'cangio.motcua': 404, admin: 404, 'tuphap.chuyenvien': 404 },
    allowed: 'benthanh.motcua',
  },
  {
    route: 'GET /api/v1/payment-accounts/:agencyCode',
    url: '/api/v1/payment-accounts/27664.TTPVHCC',
    refused: { anonymous: 401, citizen: 403, 'cangio.motcua': 403, 'tuphap.chuyenvien': 403, giamsat: 403, 'benthanh.quantri': 403 },
    allowed: 'admin',
  },
  {
    route: 'PUT /api/v1/payment-accounts/:agencyCode',
    url: '/api/v1/payment-accounts/27664.TTPVHCC',
    body: account,
    refused: { anonymous: 401, citizen: 403, 'cangio.motcua': 403, 'tuphap.chuyenvien': 403, giamsat: 403, 'benthanh.quantri': 403 },
  },
  {
    route: 'GET /api/v1/payments/unmatched',
    url: '/api/v1/payments/unmatched?agencyCode=26743.TTPVHCC',
    refused: { anonymous: 401, citizen: 403, 'cangio.motcua': 403, 'benthanh.chuyenvien': 403, 'benthanh.lanhdao': 403, 'tuphap.chuyenvien': 403 },
    allowed: 'giamsat',
  },
  {
    route: 'POST /api/v1/payments/unmatched/:transactionId/assign',
    url: `/api/v1/payments/unmatched/${ids.transaction}/assign`,
    body: { dossierId: ids.dossier },
    refused: { anonymous: 401, citizen: 403, giamsat: 403, 'benthanh.chuyenvien': 403, 'benthanh.lanhdao': 403, 'tuphap.chuyenvien': 403, 'cangio.motcua': 404 },
    allowed: 'benthanh.motcua',
  },
  {
    route: 'GET /api/v1/payments/unmatched/:transactionId/dossier',
    url: `/api/v1/payments/unmatched/${ids.transaction}/dossier?code=${ids.dossierCode}`,
    refused: { anonymous: 401, citizen: 403, giamsat: 403, 'benthanh.chuyenvien': 403, 'benthanh.lanhdao': 403, 'tuphap.chuyenvien': 403, 'cangio.motcua': 404 },
    allowed: 'benthanh.quantri',
  },
  {
    route: 'POST /api/v1/payments/unmatched/:transactionId/refund',
    url: `/api/v1/payments/unmatched/${ids.transaction}/refund`,
    body: { note: 'Đã chuyển trả' },
    refused: { anonymous: 401, citizen: 403, giamsat: 403, 'benthanh.chuyenvien': 403, 'benthanh.lanhdao': 403, 'tuphap.chuyenvien': 403, 'cangio.motcua': 404 },
  },
];

/** The bank list is public; the webhook is open to the bank but refuses unsigned calls (payments.test.ts). */
export const paymentPublicRoutes = ['GET /api/v1/payments/banks', 'POST /api/v1/payments/webhook'];
