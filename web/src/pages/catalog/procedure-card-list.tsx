import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ProcedureSummary } from '../../api/catalog';
import { paths } from '../../app/paths';
import { useFromSearch } from './back-to-search';
import { localized } from './format';
import { OnlineLevelTag } from './online-level-tag';
import './catalog.css';

/** Results on a phone: one card per procedure, the name as a big link. */
export function ProcedureCardList({ items }: { items: ProcedureSummary[] }) {
  const { t, i18n } = useTranslation();
  const from = useFromSearch();
  return (
    <ul className="procedure-cards">
      {items.map((p) => (
        <li key={p.slug} className="procedure-card">
          <Link to={paths.procedure(p.slug)} state={from} className="procedure-card-name">
            {localized(p.name, i18n.language)}
          </Link>
          <Typography.Text type="secondary" className="procedure-card-meta">
            {localized(p.field.name, i18n.language)} · {t(`catalog.levels.${p.level}`)}
            {p.code ? ` · ${t('catalog.codeShort', { code: p.code })}` : ''}
          </Typography.Text>
          <dl className="procedure-card-facts">
            <dt>{t('catalog.columns.time')}</dt>
            <dd>{localized(p.processingTimeText, i18n.language)}</dd>
            <dt>{t('catalog.columns.fee')}</dt>
            <dd>{localized(p.feeText, i18n.language)}</dd>
          </dl>
          <OnlineLevelTag level={p.onlineLevel} />
        </li>
      ))}
    </ul>
  );
}
