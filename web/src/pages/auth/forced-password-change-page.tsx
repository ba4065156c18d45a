import { Alert, App, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router-dom';
import { homeOf } from '../../app/permissions';
import { useAccount } from '../../app/session';
import { LoadingBlock } from '../../components/loading-block';
import { PageTitle } from '../../components/page-title';
import { SignOutButton } from '../../components/sign-out-button';
import { ChangePasswordForm } from './change-password-form';

/**
 * A staff member given a temporary password changes it before anything else (the server
 * refuses other calls with 403 password-change-required until then).
 */
export default function ForcedPasswordChangePage() {
  const { t } = useTranslation();
  const account = useAccount();
  const navigate = useNavigate();
  const { message } = App.useApp();
  if (!account) return <LoadingBlock />;
  if (!account.mustChangePassword) return <Navigate to={homeOf(account)} replace />;
  return (
    <div style={{ maxWidth: 520, margin: '0 auto' }}>
      <PageTitle>{t('password.forcedTitle')}</PageTitle>
      <Alert type="warning" showIcon title={t('password.forcedText', { name: account.fullName })} style={{ marginBottom: 16 }} />
      <Card>
        <ChangePasswordForm
          onChanged={(changed) => {
            void message.success(t('password.changed'));
            void navigate(homeOf(changed), { replace: true });
          }}
        />
      </Card>
      <div style={{ marginTop: 12 }}>
        <SignOutButton />
      </div>
    </div>
  );
}
