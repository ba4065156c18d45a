import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Grid, Layout, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router-dom';
import { useAppConfig } from '../app/app-config';
import { paths } from '../app/paths';
import { useAccount } from '../app/session';
import { LanguageSwitch } from '../components/language-switch';
import { LoadingBlock } from '../components/loading-block';
import { SignOutButton } from '../components/sign-out-button';
import { Emblem } from './emblem';
import { StaffIdentity } from './staff-identity';
import { StaffMenu } from './staff-menu';

/**
 * The staff workspace: a side menu with the user's name, roles and agencies; on a phone the
 * menu folds into a drawer opened from the header.
 */
export function StaffLayout() {
  const { t } = useTranslation();
  const account = useAccount();
  const config = useAppConfig();
  const wide = Grid.useBreakpoint().lg ?? true;
  const [drawerOpen, setDrawerOpen] = useState(false);
  if (!account) return <LoadingBlock />;
  const side = (
    <>
      <StaffIdentity account={account} />
      <StaffMenu account={account} onNavigate={() => setDrawerOpen(false)} />
    </>
  );
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
        {!wide && (
          <Button type="text" aria-label={t('staff.openMenu')} icon={<MenuOutlined aria-hidden />} style={{ color: '#fff' }} onClick={() => setDrawerOpen(true)} />
        )}
        <Link to={paths.staff} style={{ color: '#fff', display: 'flex', alignItems: 'center', gap: 8, flex: 1, minWidth: 0 }}>
          {wide && <Emblem size={30} />}
          <Typography.Text strong ellipsis style={{ color: '#fff', fontSize: wide ? 17 : 15 }}>
            {t('staff.title')}
            {wide && config.data ? ` — ${config.data.provinceName}` : ''}
          </Typography.Text>
        </Link>
        <LanguageSwitch light compact={!wide} />
        <SignOutButton light compact={!wide} />
      </Layout.Header>
      <Layout>
        {wide ? (
          <Layout.Sider width={280} theme="light" style={{ borderInlineEnd: '1px solid #e5e7eb' }}>
            {side}
          </Layout.Sider>
        ) : (
          <Drawer open={drawerOpen} onClose={() => setDrawerOpen(false)} placement="left" size={300} title={t('staff.menu.label')}>
            {side}
          </Drawer>
        )}
        <Layout.Content id="main" style={{ padding: wide ? 24 : 12, minWidth: 0 }}>
          <Suspense fallback={<LoadingBlock />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
