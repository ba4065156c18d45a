import { Checkbox, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProcedureComponent } from '../../../api/catalog';
import { FileUpload } from '../../../components/dossier/file-upload';
import { localized } from '../../catalog/format';
import type { ComponentChoice, ComponentChoices } from '../shared/intake-values';
import { recordLabel } from '../shared/record-label';
import { recordsFor } from '../shared/records';
import { useMyRecords } from '../shared/use-dossiers';

const given = (c: ComponentChoice): boolean => c.paper === true || c.files.length > 0 || c.record !== undefined;

/**
 * The papers handed in to supplement a dossier: files for any component; the applicant
 * may also point to data the state holds, the desk may tick paper received.
 */
export function SupplementChoices({ components, staff, value = {}, onChange }: { components: ProcedureComponent[]; staff: boolean; value?: ComponentChoices; onChange?: (v: ComponentChoices) => void }) {
  const { t, i18n } = useTranslation();
  const records = useMyRecords(!staff);
  const set = (key: string, choice: ComponentChoice) => {
    const next = { ...value };
    if (given(choice)) next[key] = { ...choice, mode: choice.record ? 'record' : choice.paper ? 'paper' : 'files' };
    else delete next[key];
    onChange?.(next);
  };
  return (
    <ul className="intake-list">
      {components
        .filter((c) => !c.form)
        .map((c) => {
          const choice = value[c.key] ?? { mode: 'none', files: [] };
          const name = localized(c.name, i18n.language);
          const held = staff ? [] : recordsFor(c, records.data?.records ?? []);
          return (
            <li key={c.key}>
              <Typography.Text strong>{name}</Typography.Text>
              <div style={{ display: 'flex', flexDirection: 'column', gap: 8, marginTop: 6 }}>
                {staff && (
                  <Checkbox checked={choice.paper === true} onChange={(e) => set(c.key, { ...choice, paper: e.target.checked })}>
                    {t('intake.components.paper')}
                  </Checkbox>
                )}
                {held[0] && (
                  <Checkbox checked={choice.record !== undefined} onChange={(e) => set(c.key, { ...choice, record: e.target.checked ? held[0]!.type : undefined })}>
                    {t('filing.components.useHeld')} ({recordLabel(held[0], t)})
                  </Checkbox>
                )}
                <FileUpload label={name} value={choice.files} onChange={(files) => set(c.key, { ...choice, files })} />
              </div>
            </li>
          );
        })}
    </ul>
  );
}
