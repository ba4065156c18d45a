import { useMutation } from '@tanstack/react-query';
import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { changePassword } from '../../api/auth';
import type { Account, ChangePassword } from '../../api/types';
import { useUpdateSessionAccount } from '../../app/session';
import { ProblemAlert } from '../../components/problem-alert';
import { applyFieldErrors } from '../../lib/form-errors';

type Values = ChangePassword & { confirm: string };
const FIELDS = ['currentPassword', 'newPassword'] as const;

/** Current password, new password twice. Other sessions of the account end on success. */
export function ChangePasswordForm({ onChanged }: { onChanged: (account: Account) => void }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const updateSession = useUpdateSessionAccount();
  const change = useMutation({
    mutationFn: (body: ChangePassword) => changePassword(body),
    onError: (error) => applyFieldErrors(form, error, i18n.language, FIELDS),
    onSuccess: (account) => {
      updateSession(account);
      form.resetFields();
      onChanged(account);
    },
  });
  const fieldErrorShown = change.isError && form.getFieldsError().some((f) => f.errors.length > 0);
  return (
    <Form form={form} name="change-password" layout="vertical" size="large" requiredMark={false} onFinish={({ currentPassword, newPassword }) => change.mutate({ currentPassword, newPassword })}>
      <ProblemAlert error={fieldErrorShown ? null : change.error} />
      <Form.Item name="currentPassword" label={t('password.current')} rules={[{ required: true, message: t('auth.passwordRequired') }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item name="newPassword" label={t('password.new')} extra={t('password.rules')} rules={[{ required: true, message: t('auth.passwordRequired') }]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('password.confirm')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('password.confirmRequired') },
          ({ getFieldValue }) => ({
            validator: (_rule, value: string | undefined) => (!value || getFieldValue('newPassword') === value ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch')))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={change.isPending}>
        {t('password.submit')}
      </Button>
    </Form>
  );
}
