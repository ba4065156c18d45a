import { AuditOutlined, BarChartOutlined, FileAddOutlined, InboxOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { Card, Col, Row, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Membership } from '../../api/types';
import { paths } from '../../app/paths';
import { canManageAccounts, canReadAudit, canReceiveDossiers, canSeeDashboard, canWorkOnDossiers } from '../../app/permissions';
import { useAccount } from '../../app/session';
import { LoadingBlock } from '../../components/loading-block';
import { PageTitle } from '../../components/page-title';
import { EntryCard } from '../home/entry-card';
import { agencyNameIn } from '../../lib/format';

/** The staff home: who you are (roles at agencies) and what you can do here today. */
export default function StaffHomePage() {
  const { t, i18n } = useTranslation();
  const account = useAccount();
  if (!account) return <LoadingBlock />;
  const language = i18n.language === 'en' ? 'en' : 'vi';
  const actions = [
    ...(canWorkOnDossiers(account) ? [{ to: paths.inbox, icon: <InboxOutlined />, title: t('staff.menu.inbox'), text: t('staffHome.inboxText') }] : []),
    ...(canReceiveDossiers(account) ? [{ to: paths.intake, icon: <FileAddOutlined />, title: t('staff.menu.intake'), text: t('staffHome.intakeText') }] : []),
    ...(canSeeDashboard(account) ? [{ to: paths.dashboard, icon: <BarChartOutlined />, title: t('staff.menu.dashboard'), text: t('staffHome.dashboardText') }] : []),
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
            { title: t('staffHome.agency'), render: (_v, m) => agencyNameIn(m, language) },
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
