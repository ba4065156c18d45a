import { Button, Form, Input } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { registerCitizen } from '../../api/auth';
import { newIdempotencyKey } from '../../api/idempotency';
import type { Account, RegisterCitizen } from '../../api/types';
import { ProblemAlert } from '../../components/problem-alert';
import { applyFieldErrors } from '../../lib/form-errors';

type Values = RegisterCitizen & { confirm: string };
const FIELDS = ['fullName', 'nationalId', 'phone', 'email', 'password'] as const;

/** A citizen's registration; the server's messages land on the fields they concern. */
export function RegisterForm({ onRegistered }: { onRegistered: (account: Account, values: RegisterCitizen) => void }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  // One key per attempt with the same content, so a double click or a retry creates one account.
  const key = useRef(newIdempotencyKey());
  const register = useMutation({
    mutationFn: (body: RegisterCitizen) => registerCitizen(body, key.current),
    onError: (error) => applyFieldErrors(form, error, i18n.language, FIELDS),
  });
  const submit = ({ confirm: _confirm, email, ...rest }: Values) => {
    const body: RegisterCitizen = { ...rest, fullName: rest.fullName.trim(), nationalId: rest.nationalId.trim(), phone: rest.phone.trim(), ...(email?.trim() ? { email: email.trim() } : {}) };
    register.mutate(body, { onSuccess: (account) => onRegistered(account, body) });
  };
  return (
    <Form form={form} name="register" layout="vertical" size="large" requiredMark="optional" onFinish={submit} onValuesChange={() => (key.current = newIdempotencyKey())}>
      <ProblemAlert error={register.error && !form.getFieldsError().some((f) => f.errors.length > 0) ? register.error : null} />
      <Form.Item name="fullName" label={t('register.fullName')} rules={[{ required: true, whitespace: true, message: t('register.fullNameRequired') }]}>
        <Input autoComplete="name" />
      </Form.Item>
      <Form.Item name="nationalId" label={t('register.nationalId')} extra={t('register.nationalIdHint')} rules={[{ required: true, whitespace: true, message: t('register.nationalIdRequired') }]}>
        <Input inputMode="numeric" autoComplete="off" maxLength={20} />
      </Form.Item>
      <Form.Item name="phone" label={t('register.phone')} rules={[{ required: true, whitespace: true, message: t('register.phoneRequired') }]}>
        <Input type="tel" inputMode="tel" autoComplete="tel" />
      </Form.Item>
      <Form.Item name="email" label={t('register.email')}>
        <Input type="email" autoComplete="email" />
      </Form.Item>
      <Form.Item name="password" label={t('register.password')} extra={t('password.rules')} rules={[{ required: true, message: t('auth.passwordRequired') }]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('register.confirm')}
        dependencies={['password']}
        rules={[
          { required: true, message: t('password.confirmRequired') },
          ({ getFieldValue }) => ({
            validator: (_rule, value: string | undefined) => (!value || getFieldValue('password') === value ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch')))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={register.isPending}>
        {t('register.submit')}
      </Button>
    </Form>
  );
}
