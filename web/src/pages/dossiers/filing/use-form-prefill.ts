import type { FormInstance } from 'antd';
import { useEffect, useRef } from 'react';
import { validateFormData, type Prefill } from '../../../api/dossiers';
import { defaultValues, type EFormLayout } from '../../../components/eform/eform-schema';
import type { IntakeValues } from '../shared/intake-values';
import { usePrefill } from '../shared/use-dossiers';

/**
 * Fills the e-form once with its defaults and what the state already holds about the
 * citizen (`…/prefill`), keeping anything already typed; and checks the form on the server.
 */
export function useFormPrefill(form: FormInstance<IntakeValues>, slug: string, formId: string | undefined, layout: EFormLayout | undefined): { data: Prefill | undefined; validate: (data: Record<string, unknown>) => Promise<void> } {
  const prefill = usePrefill(slug, formId, true);
  const applied = useRef(false);
  const settled = prefill.isSuccess || prefill.isError;
  useEffect(() => {
    if (applied.current || !layout || !settled) return;
    applied.current = true;
    const typed = (form.getFieldValue('formData') ?? {}) as Record<string, unknown>;
    const filled = Object.fromEntries(Object.entries(typed).filter(([, v]) => v !== undefined && v !== ''));
    form.setFieldsValue({ formData: { ...defaultValues(layout), ...(prefill.data?.values ?? {}), ...filled } });
  }, [layout, settled, prefill.data, form]);
  return { data: prefill.data, validate: (data) => (formId ? validateFormData(slug, formId, data) : Promise.resolve()) };
}
