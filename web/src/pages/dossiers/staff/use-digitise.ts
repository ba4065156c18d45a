import { useMutation, useQueryClient } from '@tanstack/react-query';
import { digitiseComponent, type Dossier } from '../../../api/dossiers';
import { dossierKey } from '../shared/use-dossiers';

/** Attaches scans to a component; the answer (the dossier now) replaces the cached one. */
export function useDigitise(dossierId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { key: string; files: string[]; idempotencyKey: string }) => digitiseComponent(dossierId, v.key, v.files, v.idempotencyKey),
    onSuccess: (dossier: Dossier) => queryClient.setQueryData(dossierKey(dossierId), dossier),
  });
}
