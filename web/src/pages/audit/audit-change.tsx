import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../api/types';
import { fieldLabel } from './audit-labels';

interface Row {
  field: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Field by field, what the entry's record looked like before and after. */
export function toRows(before: unknown, after: unknown): Row[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields.map((field) => ({ field, before: b[field], after: a[field], changed: JSON.stringify(b[field]) !== JSON.stringify(a[field]) }));
}

function Value({ value }: { value: unknown }) {
  const { t } = useTranslation();
  if (value === undefined || value === null || value === '') return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  if (Array.isArray(value)) return <>{value.length ? value.map((v, i) => <div key={i}>{typeof v === 'string' ? v : JSON.stringify(v)}</div>) : t('common.none')}</>;
  if (typeof value === 'boolean') return <>{value ? t('common.yes') : t('common.no')}</>;
  if (typeof value === 'object') return <code style={{ whiteSpace: 'pre-wrap' }}>{JSON.stringify(value, null, 1)}</code>;
  return <>{String(value)}</>;
}

/** The before/after of one audit entry as a readable table; changed fields stand out. */
export function AuditChange({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const rows = toRows(entry.before, entry.after);
  const context = isRecord(entry.context) ? entry.context : {};
  return (
    <div>
      {rows.length > 0 ? (
        <Table<Row>
          size="small"
          rowKey="field"
          pagination={false}
          dataSource={rows}
          scroll={{ x: true }}
          rowClassName={(r) => (r.changed ? 'audit-changed' : '')}
          columns={[
            { title: t('audit.field'), dataIndex: 'field', render: (f: string, r) => (r.changed ? <strong>{fieldLabel(t, f)}</strong> : fieldLabel(t, f)) },
            { title: t('audit.before'), key: 'before', render: (_v, r) => <Value value={r.before} /> },
            { title: t('audit.after'), key: 'after', render: (_v, r) => <Value value={r.after} /> },
          ]}
        />
      ) : (
        <Typography.Text type="secondary">{t('audit.noChange')}</Typography.Text>
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 13 }}>
        {t('audit.context', { ip: String(context.ip ?? '—'), requestId: String(context.requestId ?? '—') })} · {t('audit.hash', { hash: entry.hash.slice(0, 16) })}
      </Typography.Paragraph>
    </div>
  );
}
