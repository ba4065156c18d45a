import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { paths } from '../../app/paths';
import { LinkButton } from '../../components/link-button';

/** An address the app does not know. */
export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('common.pageNotFound')}</h1>}
      extra={
        <LinkButton to={paths.home} primary>
          {t('common.backHome')}
        </LinkButton>
      }
    />
  );
}
