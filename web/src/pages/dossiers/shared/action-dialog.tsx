import { Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FindingsForm, ProcedureComponent } from '../../../api/catalog';
import type { Dossier, DossierActionName } from '../../../api/dossiers';
import { isApiError } from '../../../api/errors';
import { ProblemAlert } from '../../../components/problem-alert';
import { ActionFields } from './action-fields';
import { ActionHint } from './action-hint';
import { useActionForm } from './use-action-form';
import { localized } from '../../../lib/format';

interface Props {
  dossier: Dossier;
  action: { action: DossierActionName; name: { vi: string; en: string } };
  components: ProcedureComponent[];
  findingsForm?: FindingsForm | undefined;
  staff: boolean;
  onClose: () => void;
  onDone?: ((dossier: Dossier) => void) | undefined;
}

/**
 * One action in a small dialog: what it needs, then the server's answer. A refusal — 409
 * when someone acted first or the action is no longer allowed — shows the server's own
 * message; field errors land on their fields.
 */
export function ActionDialog({ dossier, action, components, findingsForm, staff, onClose, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const title = localized(action.name, i18n.language);
  const { form, submit, mutation, alertError, changed } = useActionForm(dossier, action.action, components, (d) => {
    onDone?.(d);
    onClose();
  });
  // Refused because the dossier moved on (409): nothing more to confirm here, only to close.
  const moved = isApiError(alertError) && alertError.status === 409;
  return (
    <Modal
      open
      title={title}
      okText={moved ? t('actions.close') : t('actions.confirm')}
      cancelText={t('common.cancel')}
      cancelButtonProps={moved ? { style: { display: 'none' } } : undefined}
      onCancel={onClose}
      onOk={() => (moved ? onClose() : form.submit())}
      confirmLoading={mutation.isPending}
      okButtonProps={{ danger: ['reject', 'refuse', 'withdraw'].includes(action.action) }}
      destroyOnHidden
      width={640}
    >
      <ProblemAlert error={alertError} />
      <div hidden={moved}>
        <ActionHint action={action.action} dossier={dossier} />
        <Form form={form} layout="vertical" name={`action-${action.action}`} onFinish={submit} onValuesChange={changed} initialValues={{ findings: dossier.findings }}>
          <ActionFields action={action.action} dossier={dossier} components={components} findingsForm={findingsForm} staff={staff} />
        </Form>
      </div>
    </Modal>
  );
}
