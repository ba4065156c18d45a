import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindingsForm, ProcedureComponent } from '../../../api/catalog';
import type { Dossier, DossierActionName } from '../../../api/dossiers';
import { ActionDialog } from './action-dialog';
import { ActionDone, type DoneAction } from './action-done';
import { localized } from '../../../lib/format';

const PRIMARY: readonly DossierActionName[] = ['accept', 'complete_step', 'approve', 'return_result', 'confirm_payment', 'supplement', 'rate'];
const DANGER: readonly DossierActionName[] = ['reject', 'refuse', 'withdraw'];

/**
 * Exactly the actions the server allows this user now (`allowedActions`), each a button
 * opening its dialog. `only` narrows them (a citizen's page shows some elsewhere). Once an
 * action is confirmed, says what was done and where the dossier is now.
 */
export function DossierActions({ dossier, components, findingsForm, staff, only, onDone }: { dossier: Dossier; components: ProcedureComponent[]; findingsForm?: FindingsForm | undefined; staff: boolean; only?: readonly DossierActionName[]; onDone?: (d: Dossier) => void }) {
  const { t, i18n } = useTranslation();
  // The dialog keeps its action even when a refetch (after a 409) no longer lists it, so the server's message stays readable.
  const [opened, setOpened] = useState<Dossier['allowedActions'][number]>();
  const [done, setDone] = useState<DoneAction>();
  const actions = dossier.allowedActions.filter((a) => !only || only.includes(a.action));
  return (
    <div className="dossier-actions">
      {done && <ActionDone done={done} dossier={dossier} staff={staff} onClose={() => setDone(undefined)} />}
      {actions.length === 0 ? (
        <Typography.Text type="secondary">{t('actions.none')}</Typography.Text>
      ) : (
        <Space wrap>
          {actions.map((a) => (
            <Button key={a.action} type={PRIMARY.includes(a.action) ? 'primary' : 'default'} danger={DANGER.includes(a.action)} onClick={() => { setDone(undefined); setOpened(a); }}>
              {localized(a.name, i18n.language)}
            </Button>
          ))}
        </Space>
      )}
      {opened && <ActionDialog key={opened.action} dossier={dossier} action={opened} components={components} findingsForm={findingsForm} staff={staff} onClose={() => setOpened(undefined)} onDone={(d) => { setDone(opened); onDone?.(d); }} />}
    </div>
  );
}
