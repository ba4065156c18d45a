import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Dossier, DossierActionName } from '../../../api/dossiers';
import { paths } from '../../../app/paths';
import { localized } from '../../../lib/format';

export interface DoneAction {
  action: DossierActionName;
  name: { vi: string; en: string };
}

/**
 * The answer to a confirmed action: what was done and where the dossier is now, and — for
 * staff, whose work on it may be over — the way back to the inbox.
 */
export function ActionDone({ done, dossier: d, staff, onClose }: { done: DoneAction; dossier: Dossier; staff: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const name = (n: { vi: string; en: string }) => localized(n, i18n.language);
  return (
    <Alert
      type="success"
      showIcon
      role="status"
      closable={{ onClose, 'aria-label': t('actions.close') }}
      style={{ marginBottom: 12 }}
      title={t('actions.done', { action: name(done.name), status: name(d.statusName) })}
      description={
        <>
          {done.action === 'approve' && <div>{t('actions.doneApprove')}</div>}
          {staff && <Link to={paths.inbox}>{t('actions.backToInbox')}</Link>}
        </>
      }
    />
  );
}
