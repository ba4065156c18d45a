import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';
import type { NamePath } from './eform-errors';
import { EFormFieldGrid } from './eform-field';
import type { EField } from './eform-schema';
import { localized } from '../../lib/format';

/**
 * A list of entries (widget "table": members of a household, business lines…). Each entry
 * is a small card of its fields — a table would not fit a phone — with a remove button;
 * "Thêm" adds one, up to the schema's maximum.
 */
export function EFormListField({ field, name, rules }: { field: EField; name: NamePath; rules: Rule[] }) {
  const { t, i18n } = useTranslation();
  const label = localized(field.title, i18n.language);
  const listRules = rules.flatMap((r) => (typeof r === 'object' && ('min' in r || 'max' in r || 'required' in r) ? [{ validator: listValidator(r) }] : []));
  return (
    <fieldset className="eform-subgroup">
      <legend>
        {label}
        {field.required && (
          <Typography.Text type="danger" aria-hidden>
            {' '}
            *
          </Typography.Text>
        )}
      </legend>
      <Form.List name={name} rules={listRules}>
        {(entries, { add, remove }, { errors }) => (
          <>
            {entries.map((entry, index) => (
              <div key={entry.key} className="eform-list-entry" role="group" aria-label={t('eform.entry', { label, n: index + 1 })}>
                <div className="eform-list-entry-head">
                  <Typography.Text strong>{t('eform.entry', { label, n: index + 1 })}</Typography.Text>
                  <Button type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={t('eform.removeEntry', { label, n: index + 1 })} onClick={() => remove(entry.name)} />
                </div>
                <EFormFieldGrid fields={field.children} prefix={[entry.name]} />
              </div>
            ))}
            {(field.maxItems === undefined || entries.length < field.maxItems) && (
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add()}>
                {t('eform.addEntry', { label })}
              </Button>
            )}
            <Form.ErrorList errors={errors} />
          </>
        )}
      </Form.List>
    </fieldset>
  );
}

/** Form.List rules take validators only: the list's count checks as one. */
function listValidator(rule: Rule) {
  return (_r: unknown, value: unknown) => {
    if (typeof rule !== 'object') return Promise.resolve();
    const count = Array.isArray(value) ? value.length : 0;
    const min = 'min' in rule && typeof rule.min === 'number' ? rule.min : 'required' in rule && rule.required ? 1 : 0;
    const max = 'max' in rule && typeof rule.max === 'number' ? rule.max : Infinity;
    const message = typeof rule.message === 'string' ? rule.message : '';
    return count < min || count > max ? Promise.reject(new Error(message)) : Promise.resolve();
  };
}
