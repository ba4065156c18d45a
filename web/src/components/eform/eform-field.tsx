import { Checkbox, Col, Form, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NamePath } from './eform-errors';
import { EFormInput } from './eform-input';
import { EFormListField } from './eform-list-field';
import { rulesFor } from './eform-rules';
import type { EField } from './eform-schema';
import { localized } from '../../lib/format';
import { PrefillHint } from './prefill-hint';

export interface PrefillOf {
  value: unknown;
  source: string;
}

/** Fields that take a whole line; short ones sit two to a line on a wide screen. */
const wide = (field: EField): boolean => ['textarea', 'boolean', 'group', 'list', 'multiChoice'].includes(field.kind) || field.widget === 'address' || field.options.length > 3;

/** Fields laid out in a responsive grid: one column on a phone, two on a counter PC. */
export function EFormFieldGrid({ fields, prefix, prefill = {} }: { fields: EField[]; prefix: NamePath; prefill?: Record<string, PrefillOf> }) {
  return (
    <Row gutter={16}>
      {fields.map((f) => (
        <Col key={f.name} xs={24} md={wide(f) ? 24 : 12}>
          <EFormField field={f} name={f.name === '' ? prefix : [...prefix, f.name]} prefill={prefill[f.name]} />
        </Col>
      ))}
    </Row>
  );
}

/** One field of an e-form: label (required marked), control, checks, help and the prefill hint. */
export function EFormField({ field, name, prefill }: { field: EField; name: NamePath; prefill?: PrefillOf | undefined }) {
  const { t, i18n } = useTranslation();
  const label = localized(field.title, i18n.language);
  const rules = rulesFor(field, t, i18n.language);
  const extra: ReactNode = (field.description || prefill) && (
    <>
      {field.description && <span className="eform-help">{field.description}</span>}
      {prefill && <PrefillHint name={name} value={prefill.value} source={prefill.source} />}
    </>
  );
  if (field.kind === 'group') {
    return (
      <fieldset className="eform-subgroup">
        <legend>{label}</legend>
        <EFormFieldGrid fields={field.children} prefix={name} />
      </fieldset>
    );
  }
  if (field.kind === 'list') return <EFormListField field={field} name={name} rules={rules} />;
  if (field.kind === 'boolean') {
    const required = field.required || field.mustBeTrue;
    return (
      <Form.Item name={name} valuePropName="checked" rules={rules} extra={extra || undefined}>
        <Checkbox aria-required={required || undefined}>
          {label}
          {required && (
            <Typography.Text type="danger" aria-hidden>
              {' '}
              *
            </Typography.Text>
          )}
        </Checkbox>
      </Form.Item>
    );
  }
  return (
    <Form.Item name={name} label={label} rules={rules} required={field.required} extra={extra || undefined}>
      <EFormInput field={field} />
    </Form.Item>
  );
}
