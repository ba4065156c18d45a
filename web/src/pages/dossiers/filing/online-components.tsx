import { Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProcedureComponent } from '../../../api/catalog';
import type { PersonalRecord } from '../../../api/dossiers';
import { FileUpload } from '../../../components/dossier/file-upload';
import { localized } from '../../catalog/format';
import { ComponentHead } from '../shared/component-head';
import type { ComponentChoice, ComponentChoices } from '../shared/intake-values';
import { recordLabel } from '../shared/record-label';
import { recordsFor } from '../shared/records';

/** The choice a component starts with: held data when there is some, otherwise files (required) or nothing. */
export function initialChoice(component: ProcedureComponent, records: readonly PersonalRecord[]): ComponentChoice {
  const held = recordsFor(component, records)[0];
  if (held) return { mode: 'record', files: [], record: held.type };
  return { mode: component.required ? 'files' : 'none', files: [] };
}

/** Why a required component is not ready yet, or undefined. */
export function missingReason(component: ProcedureComponent, choice: ComponentChoice | undefined): 'files' | 'record' | undefined {
  if (!component.required || component.form) return undefined;
  if (choice?.mode === 'record') return choice.record ? undefined : 'record';
  return choice?.mode === 'files' && choice.files.length > 0 ? undefined : 'files';
}

interface Props {
  components: ProcedureComponent[];
  records: readonly PersonalRecord[];
  choices: ComponentChoices;
  onChange: (key: string, choice: ComponentChoice) => void;
  onBusy: (key: string, busy: boolean) => void;
  /** Show what is still missing (after "Tiếp tục" was pressed). */
  showMissing: boolean;
}

/** Online, each component is uploaded, taken from data the state holds, or marked as not applying (optional ones). */
export function OnlineComponents({ components, records, choices, onChange, onBusy, showMissing }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="intake-list intake-components">
      {components
        .filter((c) => !c.form)
        .map((c) => {
          const choice = choices[c.key] ?? initialChoice(c, records);
          const held = recordsFor(c, records);
          const name = localized(c.name, i18n.language);
          const missing = showMissing ? missingReason(c, choice) : undefined;
          const options = [
            { value: 'files', label: t('filing.components.upload') },
            ...(held.length > 0 ? [{ value: 'record', label: t('filing.components.useHeld') }] : []),
            ...(!c.required ? [{ value: 'none', label: t('filing.components.notApplicable') }] : []),
          ];
          return (
            <li key={c.key} role="group" aria-labelledby={`component-${c.key}`}>
              <ComponentHead component={c} id={`component-${c.key}`} />
              <Radio.Group
                aria-label={t('filing.components.how', { name })}
                value={choice.mode}
                onChange={(e) => onChange(c.key, { ...choice, mode: e.target.value as ComponentChoice['mode'], record: choice.record ?? held[0]?.type })}
                options={options}
                className="intake-vertical"
              />
              {choice.mode === 'files' && (
                <div style={{ marginTop: 8 }}>
                  <FileUpload label={name} value={choice.files} onChange={(files) => onChange(c.key, { ...choice, files })} onBusy={(busy) => onBusy(c.key, busy)} />
                </div>
              )}
              {choice.mode === 'record' && held.length > 1 && (
                <Radio.Group
                  aria-label={t('filing.components.whichRecord', { name })}
                  value={choice.record}
                  onChange={(e) => onChange(c.key, { ...choice, record: String(e.target.value) })}
                  options={held.map((r) => ({ value: r.type, label: recordLabel(r, t) }))}
                  className="intake-vertical"
                  style={{ marginTop: 8 }}
                />
              )}
              {choice.mode === 'record' && held.length === 1 && held[0] && (
                <Typography.Paragraph type="success" style={{ margin: '8px 0 0' }}>
                  {t('filing.components.heldRecord', { record: recordLabel(held[0], t) })}
                </Typography.Paragraph>
              )}
              {missing && (
                <Typography.Paragraph type="danger" role="alert" style={{ margin: '8px 0 0' }}>
                  {t(`filing.components.missing.${missing}`)}
                </Typography.Paragraph>
              )}
            </li>
          );
        })}
    </ul>
  );
}
