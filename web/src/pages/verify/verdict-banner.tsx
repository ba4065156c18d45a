import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { isGood, type Verdict } from './verdict';
import './verify.css';

/** The answer in one glance: green with a tick, or red with a cross, and a sentence saying why. */
export function VerdictBanner({ verdict }: { verdict: Verdict }) {
  const { t } = useTranslation();
  const good = isGood(verdict);
  return (
    <div role="status" className={`verdict ${good ? 'verdict-good' : 'verdict-bad'}`} data-verdict={verdict}>
      {good ? <CheckCircleFilled aria-hidden className="verdict-icon" /> : <CloseCircleFilled aria-hidden className="verdict-icon" />}
      <div>
        <p className="verdict-title">{t(`verify.verdict.${verdict}.title`)}</p>
        <p className="verdict-text">{t(`verify.verdict.${verdict}.text`)}</p>
      </div>
    </div>
  );
}
