import { Alert, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { paths } from '../../app/paths';
import { parseEForm } from '../../components/eform/eform-schema';
import { ErrorResult } from '../../components/error-result';
import { LoadingBlock } from '../../components/loading-block';
import { PageTitle } from '../../components/page-title';
import { CatalogSection } from './catalog-section';
import { FormFieldList } from './form-field-preview';
import { localized } from './format';
import { useCatalogForm } from './use-catalog';
import './catalog.css';
import { BackLink } from '../../components/back-link';

/** A read-only preview of an application form: the fields to fill, in the form's own groups. */
export default function FormPreviewPage() {
  const { t, i18n } = useTranslation();
  const { slug = '', formId = '' } = useParams();
  const form = useCatalogForm(slug, formId);
  const preview = useMemo(() => (form.data ? parseEForm(form.data.schema, form.data.ui) : undefined), [form.data]);
  if (form.isPending) return <LoadingBlock rows={8} />;
  if (form.isError) return <ErrorResult error={form.error} onRetry={() => void form.refetch()} />;
  const f = form.data;
  return (
    <>
      <BackLink to={paths.procedure(slug)}>{t('catalog.form.back')}</BackLink>
      <PageTitle>{localized(f.title, i18n.language)}</PageTitle>
      <Alert type="info" showIcon title={t('catalog.form.intro')} style={{ marginBottom: 8 }} />
      {f.source && (
        <Typography.Paragraph type="secondary" lang="vi">
          {t('catalog.form.source', { source: f.source })}
        </Typography.Paragraph>
      )}
      {preview?.conditional && <Typography.Paragraph>{t('catalog.form.conditional')}</Typography.Paragraph>}
      {preview?.groups.map((group, i) => (
        <CatalogSection key={group.title?.vi ?? `other-${i}`} id={`form-group-${i}`} title={group.title ? localized(group.title, i18n.language) : t('catalog.form.other')}>
          <FormFieldList fields={group.fields} />
        </CatalogSection>
      ))}
    </>
  );
}
