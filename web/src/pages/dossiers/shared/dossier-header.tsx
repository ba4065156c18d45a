import { Descriptions, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dossier } from '../../../api/dossiers';
import { DeadlineTag } from '../../../components/dossier/deadline-tag';
import { StatusTag } from '../../../components/dossier/status-tag';
import { formatVnDateTime } from '../../catalog/format';
import { localized } from '../../../lib/format';

/** The dossier at a glance: code, status, deadline (colour and words), due date, where it is. */
export function DossierHeader({ dossier: d }: { dossier: Dossier }) {
  const { t, i18n } = useTranslation();
  const agency = (a: { name: string; nameEn: string }) => (i18n.language === 'en' ? a.nameEn : a.name);
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, sm: 1, md: 2 }}
      style={{ background: '#fff', marginBottom: 16 }}
      items={[
        { key: 'code', label: t('dossier.code'), children: <strong className="dossier-code">{d.code}</strong> },
        {
          key: 'status',
          label: t('dossier.status'),
          children: (
            <Space wrap size={4}>
              <StatusTag status={d.status} name={d.statusName} />
              {/* Once finished the status says it all; a second «Đã xử lý xong» only confuses. */}
              {d.deadline !== 'finished' && <DeadlineTag deadline={d.deadline} daysLeft={d.workingDaysLeft} />}
            </Space>
          ),
        },
        { key: 'due', label: t('dossier.dueAt'), children: d.dueAt ? <strong>{formatVnDateTime(d.dueAt)}</strong> : t('dossier.noDueYet') },
        { key: 'received', label: t('dossier.receivedAt'), children: d.receivedAt ? formatVnDateTime(d.receivedAt) : t('dossier.notReceivedYet') },
        { key: 'procedure', label: t('dossier.procedure'), children: d.procedure.name },
        { key: 'channel', label: t('dossier.channel'), children: t(`dossier.channels.${d.channel}`) },
        { key: 'desk', label: t('dossier.receivingAgency'), children: agency(d.receivingAgency) },
        { key: 'competent', label: t('dossier.competentAgency'), children: agency(d.competentAgency) },
        ...(d.step ? [{ key: 'step', label: t('dossier.currentStep'), children: localized(d.step.name, i18n.language) }] : []),
      ]}
    />
  );
}
