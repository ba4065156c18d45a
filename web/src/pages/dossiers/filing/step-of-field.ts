import { toNamePath } from '../../../lib/form-errors';

export type FilingStep = 'applicant' | 'place' | 'form' | 'components' | 'result' | 'review';

/** The wizard step that holds a field the server complained about (`formData/ngaySinh` → the form). */
export function stepOfField(field: string): FilingStep {
  const first = String(toNamePath(field)[0] ?? '');
  if (first === 'applicant' || first === 'submitter') return 'applicant';
  if (first === 'placeUnitCode' || first === 'receivingAgencyCode') return 'place';
  if (first === 'formData') return 'form';
  if (first === 'components') return 'components';
  if (first === 'fees' || first === 'returnChannel' || first === 'postalAddress') return 'result';
  return 'review';
}
