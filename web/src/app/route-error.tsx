import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { LinkButton } from '../components/link-button';
import { paths } from './paths';

/** An unknown address or a screen that failed to load (e.g. after a new version was deployed). */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <main id="main" style={{ padding: 24 }}>
      <Result
        status={notFound ? '404' : 'error'}
        title={notFound ? t('common.pageNotFound') : t('common.unexpectedError')}
        extra={
          <>
            <LinkButton to={paths.home} primary>
            {t('common.backHome')}
          </LinkButton>
            {!notFound && <Button onClick={() => window.location.reload()}>{t('common.reload')}</Button>}
          </>
        }
      />
    </main>
  );
}
