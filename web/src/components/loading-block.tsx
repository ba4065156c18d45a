import { Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';

/** A placeholder while data loads, announced to screen readers. */
export function LoadingBlock({ rows = 4 }: { rows?: number }) {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite" aria-label={t('common.loading')}>
      <Skeleton active paragraph={{ rows }} />
    </div>
  );
}
