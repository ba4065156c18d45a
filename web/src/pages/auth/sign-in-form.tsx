import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Account, Login } from '../../api/types';
import { useSignIn } from '../../app/session';
import { ProblemAlert } from '../../components/problem-alert';

/** Username or ID number and password; Enter in either field signs in. */
export function SignInForm({ onSignedIn }: { onSignedIn: (account: Account) => void }) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  return (
    <Form<Login>
      name="sign-in"
      layout="vertical"
      size="large"
      requiredMark={false}
      onFinish={(values) => signIn.mutate({ login: values.login.trim(), password: values.password }, { onSuccess: (view) => onSignedIn(view.account) })}
    >
      <ProblemAlert error={signIn.error} />
      <Form.Item name="login" label={t('auth.login')} extra={t('auth.loginHint')} rules={[{ required: true, whitespace: true, message: t('auth.loginRequired') }]}>
        <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" autoCapitalize="none" spellCheck={false} autoFocus />
      </Form.Item>
      <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('auth.passwordRequired') }]}>
        <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={signIn.isPending}>
        {t('auth.signIn')}
      </Button>
    </Form>
  );
}
