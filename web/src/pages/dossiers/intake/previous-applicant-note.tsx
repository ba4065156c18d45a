import type { UseQueryResult } from '@tanstack/react-query';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dossier } from '../../../api/dossiers';
import { formatVnDateTime } from '../../catalog/format';

/** Says where the details came from (an earlier dossier), or that there is none to reuse. */
export function PreviousApplicantNote({ query }: { query: UseQueryResult<Dossier | null> }) {
  const { t } = useTranslation();
  if (query.fetchStatus === 'idle' && query.isPending) return null;
  if (query.isFetching) return <Alert type="info" title={t('intake.previous.searching')} style={{ marginBottom: 12 }} />;
  if (query.isError) return null;
  if (!query.data) return <Alert type="info" showIcon title={t('intake.previous.none')} style={{ marginBottom: 12 }} role="status" />;
  return <Alert type="success" showIcon role="status" title={t('intake.previous.found', { code: query.data.code, at: formatVnDateTime(query.data.submittedAt) })} style={{ marginBottom: 12 }} />;
}
