import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/errors';
import type { ResolveResult } from '../../api/types';
import { LoadingBlock } from '../../components/loading-block';
import { FormerUnitCard } from './former-unit-card';

/** What the lookup found, or why it found nothing; announced to screen readers. */
export function AddressLookupResults({ data, error, loading }: { data: ResolveResult | undefined; error: unknown; loading: boolean }) {
  const { t, i18n } = useTranslation();
  let body;
  if (loading) body = <LoadingBlock rows={3} />;
  else if (error)
    body = (
      <Alert
        type={isApiError(error) && error.status === 404 ? 'warning' : 'error'}
        showIcon
        title={isApiError(error) ? error.messageIn(i18n.language) : t('common.unexpectedError')}
        description={isApiError(error) && error.status === 404 ? t('addressLookup.notFoundHint') : undefined}
      />
    );
  else if (data)
    body = (
      <>
        {data.matches.length > 1 && <Alert type="info" showIcon title={t('addressLookup.manyMatches', { count: data.matches.length })} style={{ marginBottom: 16 }} />}
        {data.matches.map((match) => (
          <FormerUnitCard key={match.unit.code} match={match} />
        ))}
      </>
    );
  else return null;
  return (
    <section aria-live="polite" aria-labelledby="lookup-results" style={{ marginTop: 24 }}>
      <Typography.Title level={2} id="lookup-results" style={{ fontSize: 22 }}>
        {t('addressLookup.results')}
      </Typography.Title>
      {body}
    </section>
  );
}
