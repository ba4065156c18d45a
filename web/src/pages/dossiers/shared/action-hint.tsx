import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dossier, DossierActionName } from '../../../api/dossiers';
import { localized } from '../../../lib/format';

/**
 * What confirming an action will do, in one sentence, for someone doing it the first time:
 * where the dossier goes next, that approval signs the result, that returning hands it over.
 */
export function ActionHint({ action, dossier: d }: { action: DossierActionName; dossier: Dossier }) {
  const { t, i18n } = useTranslation();
  const name = (n: { vi: string; en: string }) => localized(n, i18n.language);
  const agency = (a: { name: string; nameEn: string }) => (i18n.language === 'en' ? a.nameEn : a.name);
  const next = d.steps[d.stepIndex + 1];
  const hint =
    action === 'complete_step' && next
      ? t('actions.hints.completeStep', { step: name(next.name) })
      : action === 'approve'
        ? t('actions.hints.approve', { agency: agency(d.competentAgency) })
        : action === 'return_result'
          ? t('actions.hints.returnResult')
          : undefined;
  if (!hint) return null;
  return <Typography.Paragraph className="action-hint">{hint}</Typography.Paragraph>;
}
