import { createHash } from 'node:crypto';
import { publicAccess } from '../../platform/auth/access.js';
import type { ServiceContext } from '../../platform/context.js';
import { Problem } from '../../platform/errors.js';
import type { App } from '../../platform/http/fastify-types.js';
import { text } from '../../platform/i18n.js';
import { verifyById, verifyUpload, type Verification as VerificationResult } from './document-service.js';
import { DocumentParams, Verification } from './schemas.js';
import type { SigningSettings } from './settings.js';

const MAX_PDF = 20 * 1024 * 1024;

/** The dossier code a verified document belongs to: resolved by the owner module. */
export type OwnerLabel = (ctx: ServiceContext, ownerType: string, ownerId: string) => Promise<string | null>;

/**
 * Public verification: the QR on a document opens `/xac-minh/<id>` (its API is
 * `GET /verify/<id>`); anyone can also upload a PDF to learn whether it is an unchanged
 * original issued here and whether its signature is valid.
 */
export async function signingRoutes(app: App, settings: SigningSettings, ownerLabel: OwnerLabel): Promise<void> {
  const withOwner = async (ctx: ServiceContext, result: VerificationResult) => ({
    ...result,
    dossierCode: result.document ? await ownerLabel(ctx, result.document.ownerType, result.document.ownerId) : null,
  });

  app.get('/verify/:id', {
    schema: { tags: ['signing'], summary: 'Check a document issued here (the QR code on it): what it is and whether its signature is valid', params: DocumentParams, response: { 200: Verification } },
    config: { access: publicAccess },
    handler: async (request) => withOwner(request.ctx, await verifyById(request.ctx, settings, request.params.id)),
  });

  app.post('/verify', {
    schema: {
      tags: ['signing'],
      summary: 'Check an uploaded PDF: is it an unchanged original issued here, and is its signature valid?',
      description: 'Send the PDF as the raw body with `Content-Type: application/pdf`.',
      response: { 200: Verification },
    },
    config: { access: publicAccess, rateLimit: { max: 30, timeWindow: '1 minute' } },
    bodyLimit: MAX_PDF,
    handler: async (request) => {
      const pdf = request.body as Buffer;
      if (!Buffer.isBuffer(pdf) || !pdf.subarray(0, 5).equals(Buffer.from('%PDF-'))) {
        throw new Problem('unsupported-media-type', text('Hãy gửi một tệp PDF (Content-Type: application/pdf).', 'Send a PDF file (Content-Type: application/pdf).'));
      }
      const sha256 = createHash('sha256').update(pdf).digest('hex');
      return withOwner(request.ctx, await verifyUpload(request.ctx, settings, pdf, sha256));
    },
  });
}

/** Accepts `application/pdf` request bodies as raw bytes (for /verify only; other routes reject them). */
export function acceptPdfBodies(app: App): void {
  app.addContentTypeParser('application/pdf', { parseAs: 'buffer', bodyLimit: MAX_PDF }, (_request, body, done) => done(null, body));
}
