import { Button, Form } from 'antd';
import type { ProcedureComponent } from '../../../api/catalog';
import type { Dossier, DossierActionName } from '../../../api/dossiers';
import { ProblemAlert } from '../../../components/problem-alert';
import { ActionFields } from './action-fields';
import { useActionForm } from './use-action-form';

/** An action as a form on the page itself (supplementing, rating), for what the citizen came to do. */
export function InlineActionForm({ dossier, action, components, submitLabel }: { dossier: Dossier; action: DossierActionName; components: ProcedureComponent[]; submitLabel: string }) {
  const { form, submit, mutation, alertError, changed } = useActionForm(dossier, action, components);
  return (
    <Form form={form} layout="vertical" name={`inline-${action}`} onFinish={submit} onValuesChange={changed}>
      <ProblemAlert error={alertError} />
      <ActionFields action={action} dossier={dossier} components={components} staff={false} />
      <Button type="primary" htmlType="submit" loading={mutation.isPending}>
        {submitLabel}
      </Button>
    </Form>
  );
}
