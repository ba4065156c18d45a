import { Checkbox, Input, InputNumber, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EField } from './eform-schema';
import { localized } from '../../lib/format';

/** Digits-only patterns (ID numbers, years) open the number pad on a phone. */
const numericPattern = (pattern: string | undefined): boolean => pattern !== undefined && /^\^(\[0-9\]|\\d)(\{\d+(,\d*)?\}|\+)?\$$/.test(pattern);

type InputProps = { field: EField; id?: string; value?: unknown; onChange?: (value: unknown) => void; 'aria-describedby'?: string };

/**
 * The control for one leaf field of an e-form, by its kind and widget. antd's Form.Item
 * passes `id`, `value` and `onChange`, so the field's label names the control.
 */
export function EFormInput({ field, ...props }: InputProps) {
  const { i18n } = useTranslation();
  const options = field.options.map((o) => ({ value: o.value, label: localized(o.label, i18n.language) }));
  const groupLabel = localized(field.title, i18n.language);
  const text = { id: props.id, value: typeof props.value === 'string' ? props.value : props.value === undefined || props.value === null ? '' : String(props.value), 'aria-describedby': props['aria-describedby'] };
  const onText = (e: { target: { value: string } }) => props.onChange?.(e.target.value);
  switch (field.kind) {
    case 'textarea':
      return <Input.TextArea {...text} onChange={onText} autoSize={{ minRows: 3, maxRows: 8 }} maxLength={field.maxLength} showCount={field.maxLength !== undefined && field.maxLength > 300} />;
    case 'date':
      return <Input {...text} onChange={onText} type="date" style={{ maxWidth: 240 }} />;
    case 'email':
      return <Input {...text} onChange={onText} type="email" inputMode="email" autoComplete="email" maxLength={field.maxLength} />;
    case 'integer':
    case 'number':
      return (
        <InputNumber
          id={props.id}
          value={typeof props.value === 'number' ? props.value : null}
          onChange={(v) => props.onChange?.(v ?? undefined)}
          min={field.minimum}
          max={field.maximum}
          precision={field.kind === 'integer' ? 0 : undefined}
          inputMode={field.kind === 'integer' ? 'numeric' : 'decimal'}
          style={{ width: '100%', maxWidth: 240 }}
        />
      );
    case 'choice':
      if (field.widget === 'select' || (field.widget !== 'radio' && options.length > 4)) {
        return <Select id={props.id} value={props.value as string | undefined} onChange={(v: string) => props.onChange?.(v)} options={options} allowClear showSearch={{ optionFilterProp: 'label' }} style={{ width: '100%' }} />;
      }
      return <Radio.Group id={props.id} aria-label={groupLabel} value={props.value} onChange={(e) => props.onChange?.(e.target.value)} options={options} />;
    case 'multiChoice':
      return <Checkbox.Group aria-label={groupLabel} value={Array.isArray(props.value) ? (props.value as string[]) : []} onChange={(v) => props.onChange?.(v)} options={options} className="eform-checkboxes" />;
    default:
      if (field.widget === 'address') return <Input.TextArea {...text} onChange={onText} autoSize={{ minRows: 1, maxRows: 4 }} maxLength={field.maxLength} />;
      return <Input {...text} onChange={onText} maxLength={field.maxLength} inputMode={numericPattern(field.pattern) ? 'numeric' : undefined} autoComplete="off" />;
  }
}
