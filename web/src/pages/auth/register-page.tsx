import { Alert, Card, Result, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { paths } from '../../app/paths';
import type { Account } from '../../api/types';
import { LinkButton } from '../../components/link-button';
import { PageTitle } from '../../components/page-title';
import { RegisterForm } from './register-form';

/** Citizen registration; the personal ID number becomes the login. */
export default function RegisterPage() {
  const { t } = useTranslation();
  const [created, setCreated] = useState<Account>();
  if (created) {
    return (
      <Result
        status="success"
        title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('register.doneTitle')}</h1>}
        subTitle={t('register.doneText', { login: created.username })}
        extra={
          <LinkButton to={`${paths.signIn}?next=${encodeURIComponent(paths.myAccount)}`} primary large>
            {t('auth.signIn')}
          </LinkButton>
        }
      />
    );
  }
  return (
    <div style={{ maxWidth: 560, margin: '0 auto' }}>
      <PageTitle>{t('register.title')}</PageTitle>
      <Alert type="info" showIcon title={t('register.intro')} style={{ marginBottom: 16 }} />
      <Card>
        <RegisterForm onRegistered={(account) => setCreated(account)} />
      </Card>
      <Typography.Paragraph style={{ marginTop: 16 }}>
        {t('register.haveAccount')} <Link to={paths.signIn}>{t('auth.signIn')}</Link>
      </Typography.Paragraph>
    </div>
  );
}
