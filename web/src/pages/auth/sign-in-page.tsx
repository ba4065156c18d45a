import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { paths } from '../../app/paths';
import { homeOf } from '../../app/permissions';
import { useSession } from '../../app/session';
import { PageTitle } from '../../components/page-title';
import { SignInForm } from './sign-in-form';

/** Only same-site paths are followed after sign-in (no open redirect). */
function safeNext(next: string | null): string | undefined {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : undefined;
}

/** Sign-in for staff (username) and citizens (12-digit personal ID number). */
export default function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const session = useSession();
  const next = safeNext(params.get('next'));
  if (session.data) return <Navigate to={next ?? homeOf(session.data.account)} replace />;
  return (
    <div style={{ maxWidth: 480, margin: '0 auto' }}>
      <PageTitle>{t('auth.signInTitle')}</PageTitle>
      <Card>
        <SignInForm
          onSignedIn={(account) => void navigate(account.kind === 'staff' && account.mustChangePassword ? paths.changePassword : (next ?? homeOf(account)), { replace: true })}
        />
      </Card>
      <Typography.Paragraph style={{ marginTop: 16 }}>
        {t('auth.noAccount')} <Link to={paths.register}>{t('auth.registerLink')}</Link>
      </Typography.Paragraph>
    </div>
  );
}
