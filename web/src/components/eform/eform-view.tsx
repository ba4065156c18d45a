import { Descriptions, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLocalDate } from '../../pages/catalog/format';
import { isRecord, type EField, type EFormLayout } from './eform-schema';
import { localized } from '../../lib/format';

function Value({ field, value }: { field: EField; value: unknown }): ReactNode {
  const { t, i18n } = useTranslation();
  if (value === undefined || value === null || value === '') return <Typography.Text type="secondary">{t('eform.notAnswered')}</Typography.Text>;
  const optionLabel = (v: unknown) => {
    const option = field.options.find((o) => o.value === String(v));
    return option ? localized(option.label, i18n.language) : String(v);
  };
  switch (field.kind) {
    case 'boolean':
      return value === true ? t('common.yes') : t('common.no');
    case 'choice':
      return optionLabel(value);
    case 'multiChoice':
      return Array.isArray(value) ? value.map(optionLabel).join('; ') : String(value);
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? formatLocalDate(value) : String(value);
    case 'group':
      return isRecord(value) ? <FieldList fields={field.children} data={value} /> : String(value);
    case 'list':
      if (!Array.isArray(value)) return String(value);
      return (
        <ol className="eform-view-list">
          {value.map((entry, i) => (
            <li key={i}>{isRecord(entry) ? <FieldList fields={field.children} data={entry} /> : String(entry)}</li>
          ))}
        </ol>
      );
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}

function FieldList({ fields, data }: { fields: EField[]; data: Record<string, unknown> }) {
  const { i18n } = useTranslation();
  const answered = fields.filter((f) => data[f.name] !== undefined);
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      styles={{ label: { width: '45%' } }}
      items={answered.map((f) => ({ key: f.name, label: localized(f.title, i18n.language), children: <Value field={f} value={data[f.name]} /> }))}
    />
  );
}

/**
 * Entered e-form data, read-only, with the form's own labels and choice names, in its
 * groups. Only answered fields are listed; values the form does not know (an older
 * version's fields) come last under their own names.
 */
export function EFormView({ layout, data }: { layout: EFormLayout; data: Record<string, unknown> }) {
  const { t, i18n } = useTranslation();
  const known = new Set(layout.names);
  const unknownKeys = Object.keys(data).filter((k) => !known.has(k));
  return (
    <div className="eform-view">
      {layout.groups.map((group, i) => {
        const answered = group.fields.filter((f) => data[f.name] !== undefined);
        if (answered.length === 0) return null;
        return (
          <section key={group.title?.vi ?? `group-${i}`} style={{ marginBottom: 16 }}>
            <Typography.Title level={3} style={{ fontSize: 17 }}>
              {group.title ? localized(group.title, i18n.language) : t('eform.otherGroup')}
            </Typography.Title>
            <FieldList fields={answered} data={data} />
          </section>
        );
      })}
      {unknownKeys.length > 0 && (
        <Descriptions size="small" column={1} bordered title={t('eform.otherGroup')} items={unknownKeys.map((k) => ({ key: k, label: k, children: String(JSON.stringify(data[k])) }))} />
      )}
    </div>
  );
}
