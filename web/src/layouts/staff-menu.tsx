import { AuditOutlined, HomeOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import type { Account } from '../api/types';
import { paths } from '../app/paths';
import { canManageAccounts, canReadAudit } from '../app/permissions';

type Item = Required<MenuProps>['items'][number];

/** The staff workspace's sections; only those the user's roles open are listed. */
export function StaffMenu({ account, onNavigate }: { account: Account; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const items: Item[] = [
    { key: paths.staff, icon: <HomeOutlined aria-hidden />, label: t('staff.menu.home') },
    ...(canManageAccounts(account) ? [{ key: paths.accounts, icon: <TeamOutlined aria-hidden />, label: t('staff.menu.accounts') }] : []),
    ...(canReadAudit(account) ? [{ key: paths.audit, icon: <AuditOutlined aria-hidden />, label: t('staff.menu.audit') }] : []),
    { key: paths.staffProfile, icon: <UserOutlined aria-hidden />, label: t('staff.menu.profile') },
  ];
  const selected = [paths.accounts, paths.audit, paths.staffProfile].find((p) => pathname.startsWith(p)) ?? paths.staff;
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
