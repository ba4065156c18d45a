import { Card, Col, Descriptions, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { paths } from '../../app/paths';
import { ErrorResult } from '../../components/error-result';
import { LinkButton } from '../../components/link-button';
import { LoadingBlock } from '../../components/loading-block';
import { PageTitle } from '../../components/page-title';
import { formatDateTime } from '../../lib/format';
import { AccountActions } from './account-actions';
import { AccountMembershipsForm } from './account-memberships-form';
import { AccountProfileForm } from './account-profile-form';
import { AccountStatusTags } from './account-status-tags';
import { useAccountDetail } from './use-accounts';

/** One account: its state and actions, contacts, and roles. */
export default function AccountDetailPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const account = useAccountDetail(id);
  if (account.isPending) return <LoadingBlock />;
  if (account.isError) return <ErrorResult error={account.error} onRetry={() => void account.refetch()} />;
  const a = account.data;
  return (
    <>
      <PageTitle extra={<LinkButton to={paths.accounts}>{t('accounts.backToList')}</LinkButton>}>{a.fullName}</PageTitle>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('accounts.username')}>{a.username}</Descriptions.Item>
          <Descriptions.Item label={t('accounts.kind')}>{t(`accounts.kinds.${a.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('accounts.status')}>
            <AccountStatusTags account={a} />
          </Descriptions.Item>
          <Descriptions.Item label={t('profile.createdAt')}>{formatDateTime(a.createdAt, i18n.language)}</Descriptions.Item>
          {a.lockedUntil && <Descriptions.Item label={t('accounts.lockedUntil')}>{formatDateTime(a.lockedUntil, i18n.language)}</Descriptions.Item>}
        </Descriptions>
        <div style={{ marginTop: 12 }}>
          <AccountActions account={a} />
        </div>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('accounts.contacts')}</h2>}>
            <AccountProfileForm key={a.updatedAt} account={a} />
          </Card>
        </Col>
        {a.kind === 'staff' && (
          <Col xs={24} xl={14}>
            <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('accounts.roles')}</h2>}>
              <AccountMembershipsForm key={a.updatedAt} account={a} />
            </Card>
          </Col>
        )}
      </Row>
    </>
  );
}
