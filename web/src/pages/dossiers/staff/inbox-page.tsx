import { useMutation } from '@tanstack/react-query';
import { Alert, Card, Empty, Grid } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { INBOX_DEADLINES, searchDossiers, STATUSES, type DossierStatus, type InboxDeadline } from '../../../api/dossiers';
import { paths } from '../../../app/paths';
import { ErrorResult } from '../../../components/error-result';
import { LoadingBlock } from '../../../components/loading-block';
import { PageTitle } from '../../../components/page-title';
import { DossierCards } from '../shared/dossier-cards';
import { CODE_PATTERN, findByCode } from '../shared/find-by-code';
import { useInbox, useInboxCounts, type InboxFilter } from '../shared/use-dossiers';
import { InboxFilters } from './inbox-filters';
import { ALL_SEATS, InboxSeats } from './inbox-seats';
import { InboxTable } from './inbox-table';
import '../../catalog/catalog.css';
import '../shared/intake.css';
import { LoadMore } from '../../../components/load-more';

/** The filter kept in the address (shareable, survives a reload), with only values the API accepts. */
function filterOf(params: URLSearchParams): InboxFilter {
  const deadline = params.get('deadline');
  const status = params.get('status');
  return {
    agency: params.get('agency') ?? undefined,
    deadline: INBOX_DEADLINES.includes(deadline as InboxDeadline) ? (deadline as InboxDeadline) : undefined,
    status: STATUSES.includes(status as DossierStatus) ? (status as DossierStatus) : undefined,
    mine: params.get('mine') === 'true' ? true : undefined,
    q: params.get('q') ?? undefined,
  };
}

/** "Hồ sơ cần xử lý": what waits at each of my seats, soonest due first, with deadline colours in words. */
export default function InboxPage() {
  const { t } = useTranslation();
  const wide = Grid.useBreakpoint().lg ?? true;
  const [params, setParams] = useSearchParams();
  const counts = useInboxCounts();
  const seats = counts.data ?? [];
  const filter = useMemo(() => filterOf(params), [params]);
  const seat = filter.agency ?? (new Set(seats.map((s) => s.agencyCode)).size === 1 ? seats[0]!.agencyCode : ALL_SEATS);
  const list = useInbox(filter);
  const navigate = useNavigate();
  // A full dossier code (typed, or scanned from a receipt) opens that dossier, wherever it is.
  const byCode = useMutation({ mutationFn: (code: string) => findByCode(code, searchDossiers), onSuccess: (d) => d && void navigate(paths.staffDossier(d.id)) });
  const setFilter = (next: InboxFilter) => {
    const code = next.q?.replace(/\s+/g, '').toUpperCase();
    if (code && CODE_PATTERN.test(code)) return byCode.mutate(code);
    byCode.reset();
    setParams(Object.fromEntries(Object.entries(next).flatMap(([k, v]) => (v === undefined || v === '' ? [] : [[k, String(v)]]))), { replace: true });
  };
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageTitle>{t('inbox.title')}</PageTitle>
      <Card style={{ marginBottom: 16 }}>
        {counts.isPending ? <LoadingBlock rows={1} /> : counts.isError ? <ErrorResult error={counts.error} onRetry={() => void counts.refetch()} /> : <InboxSeats seats={seats} value={seat} onChange={(a) => setFilter({ ...filter, agency: a === ALL_SEATS ? undefined : a })} />}
        <InboxFilters filter={filter} onChange={setFilter} />
        {byCode.isSuccess && !byCode.data && <Alert type="warning" showIcon role="alert" title={t('inbox.codeNotFound', { code: byCode.variables })} />}
        {byCode.isError && <ErrorResult error={byCode.error} />}
      </Card>
      {list.isError ? (
        <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
      ) : list.isPending ? (
        <LoadingBlock />
      ) : (
        <section aria-label={t('inbox.listLabel')}>
          {items.length === 0 ? (
            <Empty description={t('inbox.empty')} />
          ) : wide ? (
            <InboxTable dossiers={items} loading={list.isFetching && !list.isFetchingNextPage} />
          ) : (
            <DossierCards dossiers={items} linkTo={(d) => paths.staffDossier(d.id)} label={t('inbox.listLabel')} />
          )}
          <LoadMore pages={list} />
        </section>
      )}
    </>
  );
}
