import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { DossierSummary } from '../../../api/dossiers';
import { DeadlineTag } from '../../../components/dossier/deadline-tag';
import { StatusTag } from '../../../components/dossier/status-tag';
import { formatVnDateTime } from '../../catalog/format';

/** Dossiers as cards (phones, the citizen's list): procedure, code, status, deadline, due date. */
export function DossierCards({ dossiers, linkTo, label }: { dossiers: DossierSummary[]; linkTo: (d: DossierSummary) => string; label: string }) {
  const { t } = useTranslation();
  return (
    <ul className="procedure-cards dossier-cards" aria-label={label}>
      {dossiers.map((d) => (
        <li key={d.id} className="procedure-card">
          <Link to={linkTo(d)} className="procedure-card-name catalog-focusable">
            {d.procedure.name}
          </Link>
          <Typography.Text type="secondary" className="dossier-code" style={{ display: 'block', fontSize: 15 }}>
            {d.code}
          </Typography.Text>
          <Space wrap size={4} style={{ margin: '6px 0' }}>
            <StatusTag status={d.status} name={d.statusName} />
            <DeadlineTag deadline={d.deadline} daysLeft={d.workingDaysLeft} />
          </Space>
          <dl className="procedure-card-facts">
            <dt>{t('dossier.applicant')}</dt>
            <dd>{d.applicantName}</dd>
            <dt>{t('dossier.submittedAt')}</dt>
            <dd>{formatVnDateTime(d.submittedAt)}</dd>
            <dt>{t('dossier.dueAt')}</dt>
            <dd>{d.dueAt ? formatVnDateTime(d.dueAt) : t('dossier.noDueYet')}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
