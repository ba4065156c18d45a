import { useMutation, useQuery } from '@tanstack/react-query';
import { getVerification, verifyPdf } from '../../api/signing';

/** The public check of one issued document (the QR code's address); a wrong id is not retried. */
export function useVerification(id: string) {
  return useQuery({ queryKey: ['verify', id], queryFn: () => getVerification(id), retry: false });
}

/** Checks an uploaded PDF; nothing is cached (the file is only compared, never kept). */
export function useVerifyUpload() {
  return useMutation({ mutationFn: (file: File) => verifyPdf(file) });
}
