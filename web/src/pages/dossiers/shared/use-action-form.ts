import { Form } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureComponent } from '../../../api/catalog';
import type { Dossier, DossierActionName } from '../../../api/dossiers';
import { isApiError } from '../../../api/errors';
import { newIdempotencyKey } from '../../../api/idempotency';
import { applyServerErrors } from '../../../components/eform/eform-errors';
import { requestOf, type ActionValues } from './action-values';
import { useDossierAction } from './use-dossiers';

const FIELDS = new Set(['comment', 'reason', 'assigneeId', 'missing', 'amount', 'agencyCode', 'newDueAt', 'level', 'criteria', 'components', 'findings']);

/**
 * The form behind one action: one Idempotency-Key per content, the server's field errors on
 * the fields, and whether the error is about fields only (otherwise — a 409, say — the
 * server's message is shown above the form).
 */
export function useActionForm(dossier: Dossier, action: DossierActionName, components: ProcedureComponent[], onDone?: (d: Dossier) => void) {
  const { i18n } = useTranslation();
  const [form] = Form.useForm<ActionValues>();
  const mutation = useDossierAction(dossier.id);
  const key = useRef(newIdempotencyKey());
  const submit = (values: ActionValues) =>
    mutation.mutate(requestOf(action, values, key.current, components), {
      onSuccess: (d) => {
        form.resetFields();
        key.current = newIdempotencyKey();
        onDone?.(d);
      },
      onError: (error) => {
        applyServerErrors(form, error, i18n.language, (path) => FIELDS.has(String(path[0])));
        key.current = newIdempotencyKey();
      },
    });
  const error = mutation.error;
  const fieldErrorsOnly = isApiError(error) && error.status === 400 && error.fieldErrors.length > 0 && error.fieldErrors.every((e) => FIELDS.has(e.field.split('/')[0] ?? ''));
  return { form, submit, mutation, alertError: fieldErrorsOnly ? null : error, changed: () => (key.current = newIdempotencyKey()) };
}
