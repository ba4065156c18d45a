import { Layout, Typography } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router-dom';
import { LoadingBlock } from '../components/loading-block';
import { PortalHeader } from './portal-header';
import { PortalNav } from './portal-nav';

/** The public portal: header band, links, the page, footer. Phone first: one column. */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <PortalHeader />
      <PortalNav />
      <Layout.Content id="main" style={{ padding: '20px 12px', width: '100%', maxWidth: 1040, margin: '0 auto' }}>
        <Suspense fallback={<LoadingBlock />}>
          <Outlet />
        </Suspense>
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center', padding: '16px 12px' }}>
        <Typography.Text type="secondary">{t('portal.footer')}</Typography.Text>
      </Layout.Footer>
    </Layout>
  );
}
