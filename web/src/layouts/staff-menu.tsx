import { AuditOutlined, BankOutlined, BarChartOutlined, FileAddOutlined, HomeOutlined, InboxOutlined, SettingOutlined, TeamOutlined, TransactionOutlined, UserOutlined } from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import type { Account } from '../api/types';
import { paths } from '../app/paths';
import { canConfigurePayments, canConfigureWorkflow, canManageAccounts, canReadAudit, canReadUnmatchedPayments, canReceiveDossiers, canSeeDashboard, canWorkOnDossiers } from '../app/permissions';

type Item = Required<MenuProps>['items'][number];

/** The staff workspace's sections; only those the user's roles open are listed. */
export function StaffMenu({ account, onNavigate }: { account: Account; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const items: Item[] = [
    { key: paths.staff, icon: <HomeOutlined aria-hidden />, label: t('staff.menu.home') },
    ...(canWorkOnDossiers(account) ? [{ key: paths.inbox, icon: <InboxOutlined aria-hidden />, label: t('staff.menu.inbox') }] : []),
    ...(canReceiveDossiers(account) ? [{ key: paths.intake, icon: <FileAddOutlined aria-hidden />, label: t('staff.menu.intake') }] : []),
    ...(canSeeDashboard(account) ? [{ key: paths.dashboard, icon: <BarChartOutlined aria-hidden />, label: t('staff.menu.dashboard') }] : []),
    ...(canConfigureWorkflow(account) ? [{ key: paths.workflowSettings, icon: <SettingOutlined aria-hidden />, label: t('staff.menu.workflowSettings') }] : []),
    ...(canManageAccounts(account) ? [{ key: paths.accounts, icon: <TeamOutlined aria-hidden />, label: t('staff.menu.accounts') }] : []),
    ...(canConfigurePayments(account) ? [{ key: paths.paymentAccounts, icon: <BankOutlined aria-hidden />, label: t('staff.menu.paymentAccounts') }] : []),
    ...(canReadUnmatchedPayments(account) ? [{ key: paths.unmatchedPayments, icon: <TransactionOutlined aria-hidden />, label: t('staff.menu.unmatchedPayments') }] : []),
    ...(canReadAudit(account) ? [{ key: paths.audit, icon: <AuditOutlined aria-hidden />, label: t('staff.menu.audit') }] : []),
    { key: paths.staffProfile, icon: <UserOutlined aria-hidden />, label: t('staff.menu.profile') },
  ];
  const selected = [paths.paymentAccounts, paths.unmatchedPayments, paths.accounts, paths.audit, paths.staffProfile, paths.inbox, paths.intake, paths.dashboard, paths.workflowSettings].find((p) => pathname.startsWith(p)) ?? paths.staff;
  return (
    <nav aria-label={t('staff.menu.label')}>
      <Menu
        mode="inline"
        selectedKeys={[selected]}
        items={items}
        onClick={({ key }) => {
          void navigate(key);
          onNavigate?.();
        }}
        style={{ borderInlineEnd: 'none' }}
      />
    </nav>
  );
}
