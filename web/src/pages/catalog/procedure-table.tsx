import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ProcedureSummary } from '../../api/catalog';
import { paths } from '../../app/paths';
import { useFromSearch } from './back-to-search';
import { localized } from './format';
import { OnlineLevelTag } from './online-level-tag';

/** Results on a PC: one row per procedure. */
export function ProcedureTable({ items }: { items: ProcedureSummary[] }) {
  const { t, i18n } = useTranslation();
  const from = useFromSearch();
  const text = (value: { vi: string; en: string }) => localized(value, i18n.language);
  return (
    <Table<ProcedureSummary>
      rowKey="slug"
      dataSource={items}
      pagination={false}
      size="middle"
      columns={[
        {
          key: 'name',
          title: t('catalog.columns.name'),
          render: (_, p) => (
            <Link to={paths.procedure(p.slug)} state={from} style={{ fontWeight: 600 }}>
              {text(p.name)}
            </Link>
          ),
        },
        { key: 'code', title: t('catalog.columns.code'), width: 100, render: (_, p) => p.code ?? '—' },
        { key: 'field', title: t('catalog.columns.field'), width: 120, render: (_, p) => text(p.field.name) },
        { key: 'time', title: t('catalog.columns.time'), width: 170, render: (_, p) => text(p.processingTimeText) },
        { key: 'fee', title: t('catalog.columns.fee'), width: 170, render: (_, p) => text(p.feeText) },
        { key: 'online', title: t('catalog.columns.online'), width: 130, render: (_, p) => <OnlineLevelTag level={p.onlineLevel} /> },
      ]}
    />
  );
}
