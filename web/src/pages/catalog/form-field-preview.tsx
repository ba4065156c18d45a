import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { partsOf, type EField } from '../../components/eform/eform-schema';
import { localized } from './format';

/** What kind of answer a field takes, in words. */
function useKindText(field: EField): string {
  const { t, i18n } = useTranslation();
  const options = field.options.map((o) => localized(o.label, i18n.language)).join(', ');
  switch (field.kind) {
    case 'choice':
      return t('catalog.form.kinds.choice', { options });
    case 'multiChoice':
      return t('catalog.form.kinds.multiChoice', { options });
    case 'list':
      return partsOf(field).length > 0 ? t('catalog.form.kinds.listOf') : t('catalog.form.kinds.list');
    default:
      return t(`catalog.form.kinds.${field.kind}`);
  }
}

/** One field of a form as a person will meet it: its label, whether it is required, what it takes. */
export function FormFieldPreview({ field }: { field: EField }) {
  const { t, i18n } = useTranslation();
  const kindText = useKindText(field);
  const parts = partsOf(field);
  return (
    <li>
      <Typography.Text strong style={{ fontSize: 17 }}>
        {localized(field.title, i18n.language)}
      </Typography.Text>{' '}
      {field.required && <Tag color="red">{t('catalog.form.required')}</Tag>}
      <Typography.Text type="secondary" style={{ display: 'block' }}>
        {kindText}
      </Typography.Text>
      {field.description && (
        <Typography.Text style={{ display: 'block' }} lang="vi">
          {field.description}
        </Typography.Text>
      )}
      {parts.length > 0 && <FormFieldList fields={parts} />}
    </li>
  );
}

export function FormFieldList({ fields }: { fields: EField[] }) {
  return (
    <ul className="form-preview-fields">
      {fields.map((f) => (
        <FormFieldPreview key={f.name} field={f} />
      ))}
    </ul>
  );
}
