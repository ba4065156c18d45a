import { Layout, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAppConfig } from '../app/app-config';
import { paths } from '../app/paths';
import { LanguageSwitch } from '../components/language-switch';
import { Emblem } from './emblem';

/** The red national-style band: "Cổng dịch vụ công — <province>" and the language switch. */
export function PortalHeader() {
  const { t } = useTranslation();
  const config = useAppConfig();
  const province = config.data?.provinceName;
  return (
    <Layout.Header style={{ height: 'auto', lineHeight: 1.3, padding: '10px 16px', display: 'flex', alignItems: 'center', gap: 12 }}>
      <Link to={paths.home} style={{ color: '#fff', display: 'flex', alignItems: 'center', gap: 10, flex: 1, minWidth: 0 }}>
        <Emblem />
        <Typography.Text strong style={{ color: '#fff', fontSize: 18 }}>
          {t('portal.title')}
          {province ? ` — ${province}` : ''}
        </Typography.Text>
      </Link>
      <LanguageSwitch light />
    </Layout.Header>
  );
}
