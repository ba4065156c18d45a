import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../api/types';
import { ProblemAlert } from '../../components/problem-alert';
import { applyFieldErrors } from '../../lib/form-errors';
import { useSetTemporaryPassword } from './use-accounts';

/** Sets a temporary password; the person must change it at the next sign-in. */
export function TemporaryPasswordModal({ account, open, onClose, onDone }: { account: Account; open: boolean; onClose: () => void; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<{ newPassword: string }>();
  const set = useSetTemporaryPassword(account.id);
  return (
    <Modal
      open={open}
      title={t('accounts.tempPasswordTitle', { name: account.fullName })}
      okText={t('accounts.tempPasswordSubmit')}
      cancelText={t('common.cancel')}
      confirmLoading={set.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        name="temporary-password"
        layout="vertical"
        preserve={false}
        onFinish={({ newPassword }) =>
          set.mutate(newPassword, {
            onSuccess: () => {
              form.resetFields();
              onDone();
            },
            onError: (error) => applyFieldErrors(form, error, i18n.language, ['newPassword']),
          })
        }
      >
        <ProblemAlert error={set.isError && !form.getFieldsError().some((f) => f.errors.length > 0) ? set.error : null} />
        <Form.Item name="newPassword" label={t('accounts.tempPassword')} extra={t('accounts.tempPasswordHint')} rules={[{ required: true, message: t('auth.passwordRequired') }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
