import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { ProcedureDetail } from '../../../api/catalog';
import { receiveAtCounter, type CounterIntake } from '../../../api/dossiers';
import { newIdempotencyKey } from '../../../api/idempotency';
import { paths } from '../../../app/paths';
import { applyServerErrors } from '../../../components/eform/eform-errors';
import type { EFormLayout } from '../../../components/eform/eform-schema';
import { applicantOf, cleanForm, componentsOf, feesOf, submitterOf, type ComponentChoices, type IntakeValues } from '../shared/intake-values';
import { dossierKey } from '../shared/use-dossiers';

const ON_FORM = new Set(['applicant', 'submitter', 'placeUnitCode', 'returnChannel', 'postalAddress', 'fees', 'receivingAgencyCode']);

/**
 * Sending a counter intake: the body from the form and the checklist, one Idempotency-Key
 * per content (a double click receives one dossier), the server's errors on their fields,
 * and on success the receipt to print.
 */
export function useCounterIntake(form: FormInstance<IntakeValues>, procedure: ProcedureDetail, layout: EFormLayout | undefined, desk: string | undefined) {
  const { i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const key = useRef(newIdempotencyKey());
  const [leftover, setLeftover] = useState<string[]>([]);
  const mutation = useMutation({
    mutationFn: (body: CounterIntake) => receiveAtCounter(body, key.current),
    onSuccess: (dossier) => {
      queryClient.setQueryData(dossierKey(dossier.id), dossier);
      void queryClient.invalidateQueries({ queryKey: ['dossiers'], predicate: (q) => q.queryKey[1] !== 'one' });
      void navigate(paths.receipt(dossier.id));
    },
    onError: (error) => {
      const names = layout?.names ?? [];
      setLeftover(applyServerErrors(form, error, i18n.language, (path) => ON_FORM.has(String(path[0])) || (path[0] === 'formData' && typeof path[1] === 'string' && names.includes(path[1]))));
      key.current = newIdempotencyKey();
    },
  });
  const send = (choices: ComponentChoices) => {
    setLeftover([]);
    const values = form.getFieldsValue(true);
    const submitter = submitterOf(values);
    mutation.mutate({
      procedure: procedure.slug,
      applicant: applicantOf(values),
      ...(submitter ? { submitter } : {}),
      ...(values.placeUnitCode ? { placeUnitCode: values.placeUnitCode } : {}),
      ...(desk ? { receivingAgencyCode: desk } : {}),
      ...(layout ? { formData: cleanForm(values) } : {}),
      components: componentsOf(procedure.components, choices),
      returnChannel: values.returnChannel ?? 'receiving_desk',
      ...(values.returnChannel === 'post' && values.postalAddress ? { postalAddress: values.postalAddress.trim() } : {}),
      fees: feesOf(values),
      channel: 'in_person',
      paidAtCounter: values.paidAtCounter === true,
    });
  };
  return { mutation, send, leftover, changed: () => (key.current = newIdempotencyKey()) };
}
