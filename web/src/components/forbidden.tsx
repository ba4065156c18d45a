import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { paths } from '../app/paths';
import { LinkButton } from './link-button';

/** Shown when the signed-in user's roles do not open a screen. */
export function Forbidden() {
  const { t } = useTranslation();
  return (
    <Result
      status="403"
      title={t('common.forbiddenTitle')}
      subTitle={t('common.forbiddenText')}
      extra={
        <LinkButton to={paths.home} primary>
            {t('common.backHome')}
          </LinkButton>
      }
    />
  );
}
