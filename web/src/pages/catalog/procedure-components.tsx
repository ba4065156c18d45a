import { CheckCircleOutlined, FileDoneOutlined } from '@ant-design/icons';
import { Checkbox, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureComponent } from '../../api/catalog';
import { CatalogSection } from './catalog-section';
import { localized } from './format';

function ComponentItem({ component: c, checked, onCheck }: { component: ProcedureComponent; checked: boolean; onCheck: (checked: boolean) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <li>
      <Checkbox checked={checked} onChange={(e) => onCheck(e.target.checked)}>
        {localized(c.name, i18n.language)}
      </Checkbox>
      <div className="catalog-item-details">
        {c.reusableFrom ? (
          // The state holds it: "required" would only confuse; the badge says what to do.
          <Tag color="green" icon={<CheckCircleOutlined aria-hidden />} style={{ whiteSpace: 'normal' }}>
            {t('catalog.detail.reusable')}
          </Tag>
        ) : (
          <Tag color={c.required ? 'red' : 'default'}>{c.required ? t('catalog.detail.required') : t('catalog.detail.whenNeeded')}</Tag>
        )}
        <Tag>{t(`catalog.detail.kinds.${c.kind}`)}</Tag>
        {c.kind !== 'shown' && c.copies > 0 && <Tag>{t('catalog.detail.copies', { count: c.copies })}</Tag>}
      </div>
      {c.reusableFrom && <p className="catalog-item-note">{t('catalog.detail.reusableFrom', { source: t(`catalog.detail.sources.${c.reusableFrom}`) })}</p>}
      {c.note && <p className="catalog-item-note">{localized(c.note, i18n.language)}</p>}
    </li>
  );
}

/**
 * "Thành phần hồ sơ" as a checklist a person ticks while preparing (kept on this screen only).
 * Papers the state already holds say so, so nobody brings them again.
 */
export function ProcedureComponents({ components }: { components: ProcedureComponent[] }) {
  const { t } = useTranslation();
  const [ready, setReady] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string, checked: boolean) =>
    setReady((previous) => {
      const next = new Set(previous);
      if (checked) next.add(key);
      else next.delete(key);
      return next;
    });
  return (
    <CatalogSection id="procedure-components" title={t('catalog.detail.components')} icon={<FileDoneOutlined />}>
      <Typography.Paragraph type="secondary">{t('catalog.detail.componentsHint')}</Typography.Paragraph>
      <ul className="catalog-checklist" aria-label={t('catalog.detail.components')}>
        {components.map((c) => (
          <ComponentItem key={c.key} component={c} checked={ready.has(c.key)} onCheck={(checked) => toggle(c.key, checked)} />
        ))}
      </ul>
      <Typography.Text role="status" aria-live="polite" type="secondary">
        {t('catalog.detail.readyCount', { ready: ready.size, total: components.length })}
      </Typography.Text>
    </CatalogSection>
  );
}
