import { Button, Card, Empty, Grid, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { LEVELS, ONLINE_LEVELS, type OnlineLevel, type ProcedureLevel } from '../../api/catalog';
import { ErrorResult } from '../../components/error-result';
import { LoadingBlock } from '../../components/loading-block';
import { PageTitle } from '../../components/page-title';
import { ProcedureCardList } from './procedure-card-list';
import { ProcedureSearchForm } from './procedure-search-form';
import { ProcedureTable } from './procedure-table';
import { useProcedureSearch, type ProcedureFilter } from './use-catalog';
import { LoadMore } from '../../components/load-more';

const FILTER_KEYS = ['q', 'field', 'level', 'onlineLevel'] as const;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((v) => v === value);
}

/** "Thủ tục hành chính": search the public catalog; the question lives in the address bar. */
export default function ProcedureSearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  // A table needs room for six columns; below 992 px the cards read better.
  const wide = Grid.useBreakpoint().lg === true;
  const filter = useMemo<ProcedureFilter>(
    () => ({
      q: params.get('q') || undefined,
      field: params.get('field') || undefined,
      level: oneOf<ProcedureLevel>(LEVELS, params.get('level')),
      onlineLevel: oneOf<OnlineLevel>(ONLINE_LEVELS, params.get('onlineLevel')),
    }),
    [params],
  );
  const search = useProcedureSearch(filter);
  const items = search.data?.pages.flatMap((p) => p.items) ?? [];
  const setFilter = (next: ProcedureFilter) =>
    setParams(Object.fromEntries(FILTER_KEYS.flatMap((k) => (next[k] ? [[k, next[k]]] : []))));
  const filtered = FILTER_KEYS.some((k) => filter[k] !== undefined);
  let results;
  if (search.isPending) results = <LoadingBlock />;
  else if (search.isError) results = <ErrorResult error={search.error} onRetry={() => void search.refetch()} />;
  else if (items.length === 0)
    results = (
      <Empty description={t('catalog.none')} style={{ padding: 24, background: '#fff', borderRadius: 10 }}>
        {filtered && <Typography.Paragraph>{t('catalog.noneHint')}</Typography.Paragraph>}
        {filtered && <Button onClick={() => setFilter({})}>{t('catalog.clearFilters')}</Button>}
      </Empty>
    );
  else
    results = (
      <>
        {wide ? <ProcedureTable items={items} /> : <ProcedureCardList items={items} />}
        <LoadMore pages={search} size="large" />
      </>
    );
  return (
    <>
      <PageTitle>{t('catalog.title')}</PageTitle>
      <Typography.Paragraph style={{ fontSize: 17 }}>{t('catalog.intro')}</Typography.Paragraph>
      <Card style={{ marginBottom: 16 }}>
        <ProcedureSearchForm filter={filter} onChange={setFilter} />
      </Card>
      <section aria-labelledby="procedure-results" aria-busy={search.isFetching}>
        <Typography.Title level={2} id="procedure-results" style={{ fontSize: 20 }}>
          {filter.q ? t('catalog.resultsFor', { q: filter.q }) : t('catalog.results')}
        </Typography.Title>
        {results}
      </section>
    </>
  );
}
