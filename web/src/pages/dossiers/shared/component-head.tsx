import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProcedureComponent } from '../../../api/catalog';
import { localized } from '../../catalog/format';

/** A component's name with whether it is required, its kind and copies, and the catalog's note. */
export function ComponentHead({ component: c, id }: { component: ProcedureComponent; id: string }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <Typography.Text strong id={id} style={{ display: 'block', fontSize: 17 }}>
        {localized(c.name, i18n.language)}
      </Typography.Text>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6, margin: '6px 0' }}>
        <Tag color={c.required ? 'red' : 'default'}>{c.required ? t('catalog.detail.required') : t('catalog.detail.whenNeeded')}</Tag>
        <Tag>{t(`catalog.detail.kinds.${c.kind}`)}</Tag>
        {c.kind !== 'shown' && c.copies > 0 && <Tag>{t('catalog.detail.copies', { count: c.copies })}</Tag>}
      </div>
      {c.note && <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>{localized(c.note, i18n.language)}</Typography.Paragraph>}
    </>
  );
}
