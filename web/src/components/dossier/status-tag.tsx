import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DossierStatus } from '../../api/dossiers';
import { localized } from '../../lib/format';

const COLOR: Record<DossierStatus, string> = {
  submitted: 'blue',
  received: 'cyan',
  processing: 'geekblue',
  supplement_requested: 'gold',
  awaiting_payment: 'gold',
  processed: 'purple',
  returned: 'green',
  rejected: 'red',
  stopped: 'red',
  withdrawn: 'default',
};

/** A dossier's status in the words the server gives (the National Public Service Portal's). */
export function StatusTag({ status, name }: { status: DossierStatus; name: { vi: string; en: string } }) {
  const { i18n } = useTranslation();
  return (
    <Tag color={COLOR[status]} style={{ whiteSpace: 'normal' }} data-status={status}>
      {localized(name, i18n.language)}
    </Tag>
  );
}
