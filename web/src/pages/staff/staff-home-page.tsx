import { AuditOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { Card, Col, Row, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Membership } from '../../api/types';
import { paths } from '../../app/paths';
import { canManageAccounts, canReadAudit } from '../../app/permissions';
import { useAccount } from '../../app/session';
import { LoadingBlock } from '../../components/loading-block';
import { PageTitle } from '../../components/page-title';
import { EntryCard } from '../home/entry-card';

/** The staff home: who you are (roles at agencies) and what you can do here today. */
export default function StaffHomePage() {
  const { t, i18n } = useTranslation();
  const account = useAccount();
  if (!account) return <LoadingBlock />;
  const language = i18n.language === 'en' ? 'en' : 'vi';
  const actions = [
    ...(canManageAccounts(account) ? [{ to: paths.accounts, icon: <TeamOutlined />, title: t('staff.menu.accounts'), text: t('staffHome.accountsText') }] : []),
    ...(canReadAudit(account) ? [{ to: paths.audit, icon: <AuditOutlined />, title: t('staff.menu.audit'), text: t('staffHome.auditText') }] : []),
    { to: paths.staffProfile, icon: <UserOutlined />, title: t('staff.menu.profile'), text: t('staffHome.profileText') },
  ];
  return (
    <>
      <PageTitle>{t('staffHome.greeting', { name: account.fullName })}</PageTitle>
      <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('staffHome.rolesTitle')}</h2>} style={{ marginBottom: 16 }}>
        <Table<Membership>
          rowKey={(m) => `${m.role}@${m.agencyCode}`}
          dataSource={account.memberships}
          pagination={false}
          size="small"
          scroll={{ x: true }}
          columns={[
            { title: t('staffHome.role'), render: (_v, m) => m.roleName[language] },
            { title: t('staffHome.agency'), dataIndex: 'agencyName' },
            { title: t('staffHome.unit'), dataIndex: 'unitName' },
          ]}
        />
      </Card>
      <Typography.Title level={2} style={{ fontSize: 20 }}>
        {t('staffHome.canDo')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {actions.map((a) => (
          <Col key={a.to} xs={24} md={12} xl={8}>
            <EntryCard {...a} />
          </Col>
        ))}
      </Row>
    </>
  );
}
