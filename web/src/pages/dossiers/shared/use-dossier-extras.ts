import { useQuery } from '@tanstack/react-query';
import { listDocuments } from '../../../api/dossier-documents';
import { getPayment } from '../../../api/payments';

/*
 * Keys under ['dossiers', …] so that every action on the dossier (useDossierAction)
 * refetches them: an action may issue a document or settle the fees.
 */
export const documentsKey = (id: string) => ['dossiers', 'documents', id] as const;
export const paymentKey = (id: string) => ['dossiers', 'payment', id] as const;

/** The signed documents issued for a dossier, oldest first. */
export function useDossierDocuments(id: string) {
  return useQuery({ queryKey: documentsKey(id), queryFn: () => listDocuments(id) });
}

/** What is owed and paid for a dossier, and the VietQR code to pay the rest. */
export function useDossierPayment(id: string, enabled = true) {
  return useQuery({ queryKey: paymentKey(id), queryFn: () => getPayment(id), enabled });
}
