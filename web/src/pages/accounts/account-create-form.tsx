import { useMutation } from '@tanstack/react-query';
import { Button, Divider, Form, Input } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { createStaffAccount } from '../../api/accounts';
import { newIdempotencyKey } from '../../api/idempotency';
import type { Account, CreateStaffAccount } from '../../api/types';
import { useAccount } from '../../app/session';
import { ProblemAlert } from '../../components/problem-alert';
import { applyFieldErrors } from '../../lib/form-errors';
import { communeOfAdmin } from './admin-scope';
import { MembershipsEditor } from './memberships-editor';

const FIELDS = ['username', 'fullName', 'email', 'phone', 'password', 'memberships'] as const;

/** A new staff account: identity, initial password (to be changed at first sign-in), roles. */
export function AccountCreateForm({ onCreated }: { onCreated: (account: Account) => void }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<CreateStaffAccount>();
  const admin = useAccount();
  const key = useRef(newIdempotencyKey());
  const create = useMutation({
    mutationFn: (body: CreateStaffAccount) => createStaffAccount(body, key.current),
    onError: (error) => applyFieldErrors(form, error, i18n.language, FIELDS),
    onSuccess: onCreated,
  });
  const submit = (values: CreateStaffAccount) => {
    const optional = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);
    const email = optional(values.email);
    const phone = optional(values.phone);
    create.mutate({
      username: values.username.trim(),
      fullName: values.fullName.trim(),
      password: values.password,
      memberships: values.memberships,
      ...(email ? { email } : {}),
      ...(phone ? { phone } : {}),
    });
  };
  const fieldErrorShown = create.isError && form.getFieldsError().some((f) => f.errors.length > 0);
  return (
    <Form
      form={form}
      name="create-account"
      layout="vertical"
      requiredMark="optional"
      initialValues={{ memberships: [{}] }}
      onFinish={submit}
      onValuesChange={() => (key.current = newIdempotencyKey())}
      style={{ maxWidth: 820 }}
    >
      <ProblemAlert error={fieldErrorShown ? null : create.error} />
      <Form.Item name="fullName" label={t('accounts.fullName')} rules={[{ required: true, whitespace: true, message: t('register.fullNameRequired') }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="username" label={t('accounts.username')} extra={t('accounts.usernameHint')} rules={[{ required: true, whitespace: true, message: t('auth.loginRequired') }]}>
        <Input autoComplete="off" autoCapitalize="none" spellCheck={false} />
      </Form.Item>
      <Form.Item name="email" label={t('profile.email')}>
        <Input type="email" autoComplete="off" />
      </Form.Item>
      <Form.Item name="phone" label={t('profile.phone')}>
        <Input type="tel" autoComplete="off" />
      </Form.Item>
      <Form.Item name="password" label={t('accounts.initialPassword')} extra={t('accounts.initialPasswordHint')} rules={[{ required: true, message: t('auth.passwordRequired') }]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Divider titlePlacement="start">{t('accounts.roles')}</Divider>
      <MembershipsEditor known={[]} unit={communeOfAdmin(admin)} minRows={1} />
      <div>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t('accounts.createSubmit')}
        </Button>
      </div>
    </Form>
  );
}
