import { Alert, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PublicLookup } from '../../../api/dossiers';
import { DossierTimeline } from '../../../components/dossier/dossier-timeline';
import { StatusTag } from '../../../components/dossier/status-tag';
import { formatMoney, formatVnDateTime } from '../../catalog/format';

/** What anyone holding the code may know; with the applicant's ID number, the history too. */
export function LookupResult({ result: r }: { result: PublicLookup }) {
  const { t, i18n } = useTranslation();
  const detail = r.detail;
  return (
    <div aria-live="polite">
      <Descriptions
        bordered
        size="small"
        column={1}
        style={{ background: '#fff', marginBottom: 16 }}
        items={[
          { key: 'code', label: t('dossier.code'), children: <strong className="dossier-code">{r.code}</strong> },
          { key: 'procedure', label: t('dossier.procedure'), children: r.procedureName },
          { key: 'status', label: t('dossier.status'), children: <StatusTag status={r.status} name={r.statusName} /> },
          { key: 'received', label: t('dossier.receivedAt'), children: r.receivedAt ? formatVnDateTime(r.receivedAt) : t('dossier.notReceivedYet') },
          { key: 'due', label: t('dossier.dueAt'), children: r.dueAt ? <strong>{formatVnDateTime(r.dueAt)}</strong> : t('dossier.noDueYet') },
          { key: 'desk', label: t('dossier.receivingAgency'), children: r.receivingAgencyName },
          ...(detail
            ? [
                { key: 'applicant', label: t('dossier.applicant'), children: detail.applicantName },
                { key: 'return', label: t('intake.returnChannel'), children: t(`dossier.returnChannels.${detail.returnChannel}`) },
                { key: 'fee', label: t('dossier.fees'), children: `${formatMoney(detail.feeTotal, i18n.language)}${detail.paidAt ? ` — ${t('dossier.paidAt', { at: formatVnDateTime(detail.paidAt) })}` : ''}` },
              ]
            : []),
        ]}
      />
      {r.status === 'processed' && <Alert type="success" showIcon title={t('lookup.ready')} style={{ marginBottom: 16 }} />}
      {detail && (
        <>
          <Typography.Title level={2} style={{ fontSize: 20 }}>
            {t('dossier.history')}
          </Typography.Title>
          <DossierTimeline label={t('dossier.history')} events={detail.history.map((e) => ({ occurredAt: e.occurredAt, actionName: e.actionName, statusName: e.statusName, comment: e.comment }))} />
        </>
      )}
    </div>
  );
}
