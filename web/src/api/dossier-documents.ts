import { api, unwrap } from './client';
import type { paths } from './schema.gen';

/** A signed document issued for a dossier: receipt, slips, receipts of payment, the result. */
export type IssuedDocument = paths['/api/v1/dossiers/{id}/documents']['get']['responses'][200]['content']['application/json'][number];

export function listDocuments(dossierId: string): Promise<IssuedDocument[]> {
  return unwrap(api.GET('/api/v1/dossiers/{id}/documents', { params: { path: { id: dossierId } } }));
}

/* The PDF addresses, typed by their routes so they cannot drift. */
const DOCUMENT_PDF = '/api/v1/dossiers/{id}/documents/{documentId}' satisfies keyof paths;
const CONTROL_SLIP_PDF = '/api/v1/dossiers/{id}/control-slip.pdf' satisfies keyof paths;

/** One issued document as PDF (for the applicant and the staff who see the dossier). */
export function documentPdfUrl(dossierId: string, documentId: string): string {
  return DOCUMENT_PDF.replace('{id}', encodeURIComponent(dossierId)).replace('{documentId}', encodeURIComponent(documentId));
}

/** The processing control slip as the dossier stands now, signed on request (staff only). */
export function controlSlipPdfUrl(dossierId: string): string {
  return CONTROL_SLIP_PDF.replace('{id}', encodeURIComponent(dossierId));
}
