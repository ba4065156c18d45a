import { App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Account, UpdateAccount } from '../../api/types';
import { ProblemAlert } from '../../components/problem-alert';
import { applyFieldErrors } from '../../lib/form-errors';
import { useUpdateAccount } from './use-accounts';

interface Values {
  fullName: string;
  email?: string;
  phone?: string;
}

/** Name and contacts; an emptied contact is removed (sent as null). */
export function AccountProfileForm({ account }: { account: Account }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const update = useUpdateAccount(account.id);
  const { message } = App.useApp();
  const submit = (values: Values) => {
    const body: UpdateAccount = { fullName: values.fullName.trim(), email: values.email?.trim() || null, phone: values.phone?.trim() || null };
    update.mutate(body, {
      onSuccess: () => void message.success(t('common.saved')),
      onError: (error) => applyFieldErrors(form, error, i18n.language, ['fullName', 'email', 'phone']),
    });
  };
  return (
    <Form
      form={form}
      name="account-profile"
      layout="vertical"
      initialValues={{ fullName: account.fullName, email: account.email ?? '', phone: account.phone ?? '' }}
      onFinish={submit}
    >
      <ProblemAlert error={update.isError && !form.getFieldsError().some((f) => f.errors.length > 0) ? update.error : null} />
      <Form.Item name="fullName" label={t('accounts.fullName')} rules={[{ required: true, whitespace: true, message: t('register.fullNameRequired') }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="email" label={t('profile.email')}>
        <Input type="email" autoComplete="off" />
      </Form.Item>
      <Form.Item name="phone" label={t('profile.phone')}>
        <Input type="tel" autoComplete="off" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={update.isPending}>
        {t('common.save')}
      </Button>
    </Form>
  );
}
