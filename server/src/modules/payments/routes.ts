import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { publicAccess, signedIn, staffWith } from '../../platform/auth/access.js';
import { Problem } from '../../platform/errors.js';
import type { App } from '../../platform/http/fastify-types.js';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifySignedBody } from '../../platform/http/webhook-signature.js';
import { text } from '../../platform/i18n.js';
import { DossierParams } from '../dossiers/schemas.js';
import { VIETQR_BANKS } from './banks.js';
import { respondOnce } from '../../platform/http/idempotency.js';
import { assignUnmatchedPayments, configurePayments, readUnmatchedPayments } from './policy.js';
import {
  AgencyParams,
  AssignUnmatchedBody,
  Bank,
  BankNotification,
  NotificationOutcome,
  PaymentAccountBody,
  PaymentAccountView,
  PaymentInfo,
  RefundUnmatchedBody,
  TransferDossier,
  TransferDossierQuery,
  UnmatchedPage,
  UnmatchedParams,
  UnmatchedPayment,
  UnmatchedQuery,
} from './schemas.js';
import { getPaymentAccount, paymentInfo, receiveBankNotification, setPaymentAccount } from './service.js';
import { assignUnmatched, dossierForTransfer, listUnmatched, refundUnmatched } from './unmatched-service.js';

export interface PaymentRouteOptions {
  /** Shared with the bank or payment gateway; without it the webhook answers 503. */
  webhookSecret: string | undefined;
}

const rawBodies = new WeakMap<FastifyRequest, string>();

/** Fees of dossiers: what is owed and the VietQR code to pay it, the bank's notification, the desks' accounts. */
export async function paymentRoutes(app: App, options: PaymentRouteOptions): Promise<void> {
  app.get('/dossiers/:id/payment', {
    schema: { tags: ['payments'], summary: 'What is owed for a dossier, what was paid, and the VietQR code to pay by transfer', params: DossierParams, response: { 200: PaymentInfo } },
    config: { access: signedIn },
    handler: (request) => paymentInfo(request.ctx, request.params.id),
  });

  app.get('/payments/banks', {
    schema: { tags: ['payments'], summary: 'Banks that receive VietQR transfers (Napas 247)', response: { 200: Type.Array(Bank) } },
    config: { access: publicAccess },
    handler: async () => VIETQR_BANKS,
  });

  app.get('/payment-accounts/:agencyCode', {
    schema: { tags: ['payments'], summary: "The account into which an agency's fees are paid", params: AgencyParams, response: { 200: PaymentAccountView } },
    config: { access: staffWith(configurePayments) },
    handler: (request) => getPaymentAccount(request.ctx, request.params.agencyCode),
  });

  app.put('/payment-accounts/:agencyCode', {
    schema: { tags: ['payments'], summary: "Set the account into which an agency's fees are paid", params: AgencyParams, body: PaymentAccountBody, response: { 200: PaymentAccountView } },
    config: { access: staffWith(configurePayments) },
    handler: (request) => setPaymentAccount(request.ctx, request.params.agencyCode, request.body),
  });

  app.get('/payments/unmatched', {
    schema: { tags: ['payments'], summary: "Bank transfers that matched no dossier, received into the accounts of one's desks, newest first", querystring: UnmatchedQuery, response: { 200: UnmatchedPage } },
    config: { access: staffWith(readUnmatchedPayments) },
    handler: (request) => listUnmatched(request.ctx, request.query),
  });

  app.post('/payments/unmatched/:transactionId/assign', {
    schema: {
      tags: ['payments'],
      summary: 'Assign an unmatched bank transfer to the dossier it pays for: recorded in its ledger as a bank transfer (audited)',
      params: UnmatchedParams,
      body: AssignUnmatchedBody,
      response: { 200: UnmatchedPayment },
    },
    config: { access: staffWith(assignUnmatchedPayments) },
    handler: (request, reply) => respondOnce(request, reply, 200, (ctx) => assignUnmatched(ctx, request.params.transactionId, request.body)),
  });

  app.get('/payments/unmatched/:transactionId/dossier', {
    schema: {
      tags: ['payments'],
      summary: 'The dossier a code names, among those an unmatched transfer may be assigned to (received at the desk whose account got it)',
      params: UnmatchedParams,
      querystring: TransferDossierQuery,
      response: { 200: TransferDossier },
    },
    config: { access: staffWith(assignUnmatchedPayments) },
    handler: (request) => dossierForTransfer(request.ctx, request.params.transactionId, request.query.code),
  });

  app.post('/payments/unmatched/:transactionId/refund', {
    schema: {
      tags: ['payments'],
      summary: 'Record that an unmatched bank transfer was returned to the payer (audited); no dossier ledger changes',
      params: UnmatchedParams,
      body: RefundUnmatchedBody,
      response: { 200: UnmatchedPayment },
    },
    config: { access: staffWith(assignUnmatchedPayments) },
    handler: (request, reply) => respondOnce(request, reply, 200, (ctx) => refundUnmatched(ctx, request.params.transactionId, request.body)),
  });

  // The signature covers the exact bytes sent, so this route keeps the raw JSON.
  await app.register(async (webhook) => {
    webhook.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: 64 * 1024 }, (request, body, done) => {
      rawBodies.set(request, body as string);
      try {
        done(null, JSON.parse(body as string));
      } catch {
        done(new Problem('malformed-request', text('Nội dung JSON không hợp lệ.', 'The body is not valid JSON.')), undefined);
      }
    });
    (webhook as App).post('/payments/webhook', {
      schema: {
        tags: ['payments'],
        summary: "The bank's credit notification (signed): settles the dossier named in the transfer content",
        description:
          'Headers: `X-Motcua-Timestamp` (Unix seconds) and `X-Motcua-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<raw body>" with the shared secret>`. Idempotent by `transactionId`. See docs/payments.md.',
        body: BankNotification,
        response: { 200: NotificationOutcome },
      },
      config: { access: publicAccess },
      // Who sends it is checked before what it says: an unsigned caller learns nothing about the body's shape.
      preValidation: async (request) => {
        if (!options.webhookSecret) {
          throw new Problem('service-unavailable', text('Chưa cấu hình nhận thông báo thanh toán (MOTCUA_PAYMENT_WEBHOOK_SECRET).', 'Payment notifications are not configured (MOTCUA_PAYMENT_WEBHOOK_SECRET).'));
        }
        const header = (name: string) => (typeof request.headers[name] === 'string' ? (request.headers[name] as string) : undefined);
        const signed = verifySignedBody(options.webhookSecret, { signature: header(SIGNATURE_HEADER), timestamp: header(TIMESTAMP_HEADER) }, rawBodies.get(request) ?? '', request.ctx.now());
        if (!signed) throw new Problem('unauthenticated', text('Chữ ký thông báo thanh toán không hợp lệ hoặc đã quá hạn.', 'The notification signature is invalid or too old.'));
      },
      handler: async (request) => receiveBankNotification({ ...request.ctx, actor: { kind: 'system', name: 'bank' } }, request.body),
    });
  });
}
