import { FormOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ProcedureDetail } from '../../api/catalog';
import { paths } from '../../app/paths';
import { CatalogSection } from './catalog-section';
import { localized } from './format';

/** The application forms (đơn, tờ khai) of the procedure, each with a link to see what it asks. */
export function ProcedureForms({ slug, forms }: { slug: string; forms: ProcedureDetail['forms'] }) {
  const { t, i18n } = useTranslation();
  if (forms.length === 0) return null;
  return (
    <CatalogSection id="procedure-forms" title={t('catalog.detail.forms')} icon={<FormOutlined />}>
      <ul className="catalog-checklist">
        {forms.map((form) => (
          <li key={form.id} style={{ display: 'flex', flexWrap: 'wrap', gap: 10, alignItems: 'center', justifyContent: 'space-between' }}>
            <Typography.Text strong style={{ fontSize: 17 }}>
              {localized(form.title, i18n.language)}
            </Typography.Text>
            {/* Named with the form's title too, so a list of several forms reads clearly. */}
            <Link to={paths.procedureForm(slug, form.id)} className="link-button" aria-label={`${t('catalog.detail.viewForm')}: ${localized(form.title, i18n.language)}`}>
              {t('catalog.detail.viewForm')}
            </Link>
          </li>
        ))}
      </ul>
    </CatalogSection>
  );
}
