import { api, unwrap } from './client';
import type { paths } from './schema.gen';

/** What the server found about a document: what it is (if issued here) and whether its signature holds. */
export type Verification = paths['/api/v1/verify/{id}']['get']['responses'][200]['content']['application/json'];
export type VerifiedDocument = NonNullable<Verification['document']>;
export type SignatureCheck = Verification['signature'];
export type SignatureProblem = SignatureCheck['problems'][number];

/** The public check behind the QR code printed on every signed document. */
export function getVerification(id: string): Promise<Verification> {
  return unwrap(api.GET('/api/v1/verify/{id}', { params: { path: { id } } }));
}

/**
 * Sends a PDF as the raw request body (`Content-Type: application/pdf`, as the route asks)
 * and returns whether it is an unchanged original issued here. The OpenAPI document has no
 * request body for this route (it is not JSON), hence the cast and the pass-through serializer.
 */
export function verifyPdf(file: Blob): Promise<Verification> {
  return unwrap(
    api.POST('/api/v1/verify', {
      body: file as never,
      bodySerializer: (body: unknown) => body as BodyInit,
      headers: { 'Content-Type': 'application/pdf' },
    }),
  );
}
