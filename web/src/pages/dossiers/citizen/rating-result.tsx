import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DossierRating } from '../../../api/dossiers';

/** The rating already given: it can be given once. */
export function RatingResult({ rating }: { rating: DossierRating }) {
  const { t } = useTranslation();
  return <Alert type="success" showIcon role="status" style={{ marginBottom: 16 }} title={t('rating.given', { level: t(`rating.levels.${rating.level}`) })} description={rating.comment ?? undefined} />;
}
