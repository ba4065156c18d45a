import { useInfiniteQuery } from '@tanstack/react-query';
import { Card, Empty, List, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { paths } from '../../app/paths';
import { listUnits } from '../../api/units';
import { ErrorResult } from '../../components/error-result';
import { LoadingBlock } from '../../components/loading-block';
import { PageTitle } from '../../components/page-title';
import { UnitSearchForm, type UnitFilter } from './unit-search-form';
import { useProvinceNames } from './use-provinces';
import { LoadMore } from '../../components/load-more';

const PAGE = 30;

/** Search the administrative units in force today; the filter lives in the address bar. */
export default function UnitSearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const provinceNames = useProvinceNames();
  const filter = useMemo<UnitFilter>(() => {
    const level = params.get('level');
    return {
      q: params.get('q') ?? undefined,
      province: params.get('province') ?? undefined,
      level: level === 'province' || level === 'commune' ? level : undefined,
    };
  }, [params]);
  const units = useInfiniteQuery({
    queryKey: ['units', 'search', filter],
    queryFn: ({ pageParam }) => listUnits({ ...filter, limit: PAGE, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = units.data?.pages.flatMap((p) => p.items) ?? [];
  const setFilter = (next: UnitFilter) =>
    setParams(Object.fromEntries(Object.entries(next).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '')));
  return (
    <>
      <PageTitle>{t('units.title')}</PageTitle>
      <Card style={{ marginBottom: 16 }}>
        <UnitSearchForm filter={filter} onChange={setFilter} />
      </Card>
      {units.isPending ? (
        <LoadingBlock />
      ) : units.isError ? (
        <ErrorResult error={units.error} onRetry={() => void units.refetch()} />
      ) : (
        <section aria-label={t('units.results')}>
          <List
            bordered
            style={{ background: '#fff' }}
            dataSource={items}
            locale={{ emptyText: <Empty description={t('units.none')} /> }}
            renderItem={(unit) => (
              <List.Item>
                <div>
                  <Link to={paths.unit(unit.code)} style={{ fontSize: 18, fontWeight: 600 }}>
                    {unit.name}
                  </Link>
                  <Typography.Text type="secondary" style={{ display: 'block' }}>
                    {unit.level === 'province' ? t('units.levels.province') : provinceNames.get(unit.provinceCode) ?? ''} · {t('units.code', { code: unit.code })}
                  </Typography.Text>
                </div>
              </List.Item>
            )}
          />
          <LoadMore pages={units} />
        </section>
      )}
    </>
  );
}
