import { api, idempotent, unwrap } from './client';
import type { paths } from './schema.gen';

type Ok<R> = R extends { 200: { content: { 'application/json': infer B } } } ? B : never;

/** What is owed for a dossier, what was paid, and how to pay by VietQR transfer. */
export type PaymentInfo = Ok<paths['/api/v1/dossiers/{id}/payment']['get']['responses']>;
export type TransferInstructions = NonNullable<PaymentInfo['transfer']>;
export type Bank = Ok<paths['/api/v1/payments/banks']['get']['responses']>[number];
export type PaymentAccountView = Ok<paths['/api/v1/payment-accounts/{agencyCode}']['get']['responses']>;
export type PaymentAccountBody = NonNullable<paths['/api/v1/payment-accounts/{agencyCode}']['put']['requestBody']>['content']['application/json'];
export type UnmatchedPage = Ok<paths['/api/v1/payments/unmatched']['get']['responses']>;
export type UnmatchedPayment = UnmatchedPage['items'][number];
export type UnmatchedQuery = NonNullable<paths['/api/v1/payments/unmatched']['get']['parameters']['query']>;
export type AssignUnmatchedBody = NonNullable<paths['/api/v1/payments/unmatched/{transactionId}/assign']['post']['requestBody']>['content']['application/json'];
export type TransferDossier = Ok<paths['/api/v1/payments/unmatched/{transactionId}/dossier']['get']['responses']>;
export type RefundUnmatchedBody = NonNullable<paths['/api/v1/payments/unmatched/{transactionId}/refund']['post']['requestBody']>['content']['application/json'];

export function getPayment(dossierId: string): Promise<PaymentInfo> {
  return unwrap(api.GET('/api/v1/dossiers/{id}/payment', { params: { path: { id: dossierId } } }));
}

/** Banks on the Napas 247 network that receive VietQR transfers. */
export function listBanks(): Promise<Bank[]> {
  return unwrap(api.GET('/api/v1/payments/banks'));
}

export function getPaymentAccount(agencyCode: string): Promise<PaymentAccountView> {
  return unwrap(api.GET('/api/v1/payment-accounts/{agencyCode}', { params: { path: { agencyCode } } }));
}

export function putPaymentAccount(agencyCode: string, body: PaymentAccountBody): Promise<PaymentAccountView> {
  return unwrap(api.PUT('/api/v1/payment-accounts/{agencyCode}', { params: { path: { agencyCode } }, body }));
}

/** Bank transfers that named no dossier, received into the accounts of the user's desks. */
export function listUnmatched(query: UnmatchedQuery): Promise<UnmatchedPage> {
  return unwrap(api.GET('/api/v1/payments/unmatched', { params: { query } }));
}

/** Records an unmatched transfer as the payment of a dossier. */
export function assignUnmatched(transactionId: string, body: AssignUnmatchedBody, idempotencyKey: string): Promise<UnmatchedPayment> {
  return unwrap(api.POST('/api/v1/payments/unmatched/{transactionId}/assign', { params: { path: { transactionId } }, body, headers: idempotent(idempotencyKey) }));
}

/** Records that an unmatched transfer was sent back to the payer. */
export function refundUnmatched(transactionId: string, body: RefundUnmatchedBody, idempotencyKey: string): Promise<UnmatchedPayment> {
  return unwrap(api.POST('/api/v1/payments/unmatched/{transactionId}/refund', { params: { path: { transactionId } }, body, headers: idempotent(idempotencyKey) }));
}

/** The dossier a code names, among those the transfer may be assigned to. */
export function findDossierForTransfer(transactionId: string, code: string): Promise<TransferDossier> {
  return unwrap(api.GET('/api/v1/payments/unmatched/{transactionId}/dossier', { params: { path: { transactionId }, query: { code } } }));
}
