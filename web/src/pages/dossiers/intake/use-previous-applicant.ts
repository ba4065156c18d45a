import { useQuery } from '@tanstack/react-query';
import { getDossier, searchDossiers, type Dossier } from '../../../api/dossiers';
import type { EFormPrefill } from '../../../components/eform/eform';
import type { EFormLayout } from '../../../components/eform/eform-schema';

/**
 * The newest earlier dossier of a person (by ID number) among those the desk may see:
 * staff have no prefill from the population database for someone else yet, so the desk
 * reuses what the person gave last time.
 */
export function usePreviousApplicant(nationalId: string | undefined) {
  return useQuery({
    queryKey: ['dossiers', 'previous-applicant', nationalId],
    queryFn: async (): Promise<Dossier | null> => {
      const page = await searchDossiers({ q: nationalId!, limit: 5 });
      const earlier = page.items[0];
      return earlier ? getDossier(earlier.id) : null;
    },
    enabled: nationalId !== undefined,
    staleTime: 60_000,
  });
}

const APPLICANT_FIELDS: Record<string, (a: Record<string, unknown>) => unknown> = {
  fullName: (a) => a.fullName,
  nationalId: (a) => a.nationalId,
  dateOfBirth: (a) => a.dateOfBirth,
  yearOfBirth: (a) => (typeof a.dateOfBirth === 'string' ? a.dateOfBirth.slice(0, 4) : undefined),
  phone: (a) => a.phone,
  email: (a) => a.email,
  residence: (a) => a.address,
  address: (a) => a.address,
};

/** The e-form fields that take the applicant's details (`ui.prefill` → `applicant.*`), filled from an earlier dossier. */
export function prefillFromDossier(layout: EFormLayout, previous: Dossier): EFormPrefill {
  const applicant = previous.applicant as unknown as Record<string, unknown>;
  const values: Record<string, unknown> = {};
  const sources: Record<string, string> = {};
  for (const [field, source] of Object.entries(layout.prefill)) {
    const [scope, name = ''] = source.split('.');
    const value = scope === 'applicant' ? APPLICANT_FIELDS[name]?.(applicant) : undefined;
    if (typeof value === 'string' && value !== '') {
      values[field] = value;
      sources[field] = `previous:${previous.code}`;
    }
  }
  return { values, sources };
}
