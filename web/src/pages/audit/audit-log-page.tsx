import { useInfiniteQuery } from '@tanstack/react-query';
import { Card, Table } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { listAudit } from '../../api/audit';
import type { AuditEntry } from '../../api/types';
import { ErrorResult } from '../../components/error-result';
import { LoadingBlock } from '../../components/loading-block';
import { PageTitle } from '../../components/page-title';
import { formatDateTime } from '../../lib/format';
import { AuditChange } from './audit-change';
import { AuditFilters, type AuditFilter } from './audit-filters';
import { actionLabel, entityTypeLabel } from './audit-labels';
import './audit.css';
import { LoadMore } from '../../components/load-more';

const FILTER_KEYS = ['action', 'entityType', 'entityId', 'actorId'] as const;

/** The province's audit log, newest first; each row opens its before/after. */
export default function AuditLogPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = useMemo<AuditFilter>(() => Object.fromEntries(FILTER_KEYS.flatMap((k) => (params.get(k) ? [[k, params.get(k)!]] : []))), [params]);
  const log = useInfiniteQuery({
    queryKey: ['audit', filter],
    queryFn: ({ pageParam }) => listAudit({ ...filter, limit: 50, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const setFilter = (next: AuditFilter) =>
    setParams(Object.fromEntries(Object.entries(next).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '')));
  return (
    <>
      <PageTitle>{t('audit.title')}</PageTitle>
      <Card style={{ marginBottom: 16 }}>
        <AuditFilters filter={filter} onChange={setFilter} />
      </Card>
      {log.isError ? (
        <ErrorResult error={log.error} onRetry={() => void log.refetch()} />
      ) : log.isPending ? (
        <LoadingBlock />
      ) : (
        <section aria-label={t('audit.listLabel')}>
          <Table<AuditEntry>
            rowKey="seq"
            dataSource={log.data.pages.flatMap((p) => p.items)}
            pagination={false}
            scroll={{ x: 800 }}
            expandable={{ expandedRowRender: (entry) => <AuditChange entry={entry} /> }}
            columns={[
              { title: t('audit.time'), dataIndex: 'occurredAt', render: (v: string) => formatDateTime(v, i18n.language), width: 170 },
              { title: t('audit.actor'), dataIndex: 'actorName' },
              { title: t('audit.action'), dataIndex: 'action', render: (a: string) => actionLabel(t, a) },
              { title: t('audit.entity'), key: 'entity', render: (_v, e) => `${entityTypeLabel(t, e.entityType)} · ${e.entityId.slice(0, 8)}` },
            ]}
          />
          <LoadMore pages={log} />
        </section>
      )}
    </>
  );
}
