import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NamePath } from './eform-errors';
import { EFormFieldGrid, type PrefillOf } from './eform-field';
import type { EFormLayout } from './eform-schema';
import { localized } from '../../lib/format';
import './eform.css';

export interface EFormPrefill {
  values: Record<string, unknown>;
  /** Field → source: `account`, `record:<type> (<where>)`, `previous:<dossier code>`. */
  sources: Record<string, string>;
}

/**
 * A procedure's e-form as fields to fill, inside the caller's antd Form: each group of the
 * form's layout is a fieldset with its title; values live under `prefix` (e.g.
 * `['formData']`). Prefilled fields say where their value came from.
 */
export function EFormFields({ layout, prefix, prefill }: { layout: EFormLayout; prefix: NamePath; prefill?: EFormPrefill | undefined }) {
  const { t, i18n } = useTranslation();
  const hints: Record<string, PrefillOf> = {};
  for (const [name, source] of Object.entries(prefill?.sources ?? {})) {
    if (prefill && name in prefill.values) hints[name] = { value: prefill.values[name], source };
  }
  return (
    <div className="eform">
      <p className="eform-legend-note">{t('eform.requiredNote')}</p>
      {layout.conditional && <Alert type="info" showIcon title={t('eform.conditional')} style={{ marginBottom: 16 }} />}
      {layout.groups.map((group, i) => (
        <fieldset key={group.title?.vi ?? `group-${i}`} className="eform-group">
          <legend>{group.title ? localized(group.title, i18n.language) : t('eform.otherGroup')}</legend>
          <EFormFieldGrid fields={group.fields} prefix={prefix} prefill={hints} />
        </fieldset>
      ))}
    </div>
  );
}
