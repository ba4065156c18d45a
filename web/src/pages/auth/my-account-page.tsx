import { App, Card, Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAccount } from '../../app/session';
import { LoadingBlock } from '../../components/loading-block';
import { PageTitle } from '../../components/page-title';
import { ChangePasswordForm } from './change-password-form';
import { ProfileDetails } from './profile-details';

/** "Tài khoản của tôi": who I am to the system, and changing my password. */
export default function MyAccountPage() {
  const { t } = useTranslation();
  const account = useAccount();
  const { message } = App.useApp();
  if (!account) return <LoadingBlock />;
  return (
    <>
      <PageTitle>{t('profile.title')}</PageTitle>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('profile.details')}</h2>}>
            <ProfileDetails account={account} />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('password.title')}</h2>}>
            <ChangePasswordForm onChanged={() => void message.success(t('password.changed'))} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
