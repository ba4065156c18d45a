import { BookOutlined, LinkOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ProcedureDetail } from '../../api/catalog';
import { paths } from '../../app/paths';
import { CatalogSection } from './catalog-section';
import { localized } from './format';

/** The laws the procedure rests on, most specific first. */
export function ProcedureLegalBasis({ legalBasis }: { legalBasis: ProcedureDetail['legalBasis'] }) {
  const { t, i18n } = useTranslation();
  return (
    <CatalogSection id="procedure-legal" title={t('catalog.detail.legalBasis')} icon={<BookOutlined />}>
      <ul className="catalog-plain-list">
        {legalBasis.map((law) => (
          <li key={law.number}>
            <strong>{law.number}</strong> — {localized(law.title, i18n.language)}
            {law.articles && <Typography.Text type="secondary"> ({law.articles})</Typography.Text>}
          </li>
        ))}
      </ul>
    </CatalogSection>
  );
}

/** Procedures done together with this one (liên thông, Decree 63/2024). */
export function LinkedProcedures({ linked }: { linked: ProcedureDetail['linkedProcedures'] }) {
  const { t, i18n } = useTranslation();
  if (linked.length === 0) return null;
  return (
    <CatalogSection id="procedure-linked" title={t('catalog.detail.linked')} icon={<LinkOutlined />}>
      <Typography.Paragraph type="secondary">{t('catalog.detail.linkedHint')}</Typography.Paragraph>
      <ul className="catalog-plain-list">
        {linked.map((l) => (
          <li key={l.slug}>
            <Link to={paths.procedure(l.slug)}>{localized(l.name, i18n.language)}</Link>
          </li>
        ))}
      </ul>
    </CatalogSection>
  );
}
