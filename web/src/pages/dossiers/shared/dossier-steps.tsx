import { Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dossier } from '../../../api/dossiers';
import { localized } from '../../../lib/format';

const FINISHED = ['returned'];
const HALTED = ['rejected', 'stopped', 'withdrawn'];

/** The processing flow as steps, with the current one; all done once the result is handed over. */
export function DossierSteps({ dossier: d, vertical = false }: { dossier: Dossier; vertical?: boolean }) {
  const { t, i18n } = useTranslation();
  const current = FINISHED.includes(d.status) ? d.steps.length : d.stepIndex;
  return (
    <nav aria-label={t('dossier.stepsLabel')}>
      <Steps
        size="small"
        orientation={vertical ? 'vertical' : 'horizontal'}
        current={current}
        status={HALTED.includes(d.status) ? 'error' : d.status === 'supplement_requested' || d.status === 'awaiting_payment' ? 'wait' : 'process'}
        items={d.steps.map((s, i) => ({
          key: s.key,
          title: localized(s.name, i18n.language),
          ...(i === current && !FINISHED.includes(d.status) ? { content: t('dossier.stepNow') } : {}),
        }))}
      />
    </nav>
  );
}
