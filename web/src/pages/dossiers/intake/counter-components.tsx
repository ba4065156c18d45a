import { Checkbox, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProcedureComponent } from '../../../api/catalog';
import { FileUpload } from '../../../components/dossier/file-upload';
import { localized } from '../../catalog/format';
import { ComponentHead } from '../shared/component-head';
import type { ComponentChoice, ComponentChoices } from '../shared/intake-values';

/** A required component with neither paper nor a scan. */
export const missingAtCounter = (c: ProcedureComponent, choice: ComponentChoice | undefined): boolean => c.required && !c.form && !(choice?.paper || (choice?.files.length ?? 0) > 0);

interface Props {
  components: ProcedureComponent[];
  choices: ComponentChoices;
  onChange: (key: string, choice: ComponentChoice) => void;
  onBusy: (key: string, busy: boolean) => void;
  showMissing: boolean;
}

/** The checklist at the desk: "nộp giấy" for each paper handed in, and scans when the desk makes them. */
export function CounterComponents({ components, choices, onChange, onBusy, showMissing }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="intake-list intake-components" aria-label={t('intake.components.title')}>
      {components.map((c) => {
        const choice = choices[c.key] ?? { mode: 'none', files: [] };
        const name = localized(c.name, i18n.language);
        if (c.form) {
          return (
            <li key={c.key}>
              <ComponentHead component={c} id={`component-${c.key}`} />
              <Typography.Text type="success">{t('intake.components.eform')}</Typography.Text>
            </li>
          );
        }
        return (
          <li key={c.key} role="group" aria-labelledby={`component-${c.key}`}>
            <ComponentHead component={c} id={`component-${c.key}`} />
            <Checkbox checked={choice.paper === true} onChange={(e) => onChange(c.key, { ...choice, paper: e.target.checked, mode: e.target.checked ? 'paper' : 'files' })} aria-label={t('intake.components.paperOf', { name })}>
              {t('intake.components.paper')}
            </Checkbox>
            <div style={{ marginTop: 8 }}>
              <FileUpload label={name} value={choice.files} onChange={(files) => onChange(c.key, { ...choice, files, mode: choice.paper ? 'paper' : 'files' })} onBusy={(busy) => onBusy(c.key, busy)} />
            </div>
            {showMissing && missingAtCounter(c, choice) && (
              <Typography.Paragraph type="danger" role="alert" style={{ margin: '8px 0 0' }}>
                {t('intake.components.missing')}
              </Typography.Paragraph>
            )}
          </li>
        );
      })}
    </ul>
  );
}
