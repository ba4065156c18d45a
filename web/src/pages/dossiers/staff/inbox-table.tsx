import { Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { DossierSummary } from '../../../api/dossiers';
import { paths } from '../../../app/paths';
import { DeadlineTag } from '../../../components/dossier/deadline-tag';
import { StatusTag } from '../../../components/dossier/status-tag';
import { formatVnDateTime } from '../../catalog/format';
import { localized } from '../../../lib/format';

/** The inbox on a counter PC: one row per dossier, soonest due first (the server's order). */
export function InboxTable({ dossiers, loading }: { dossiers: DossierSummary[]; loading: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <Table<DossierSummary>
      rowKey="id"
      dataSource={dossiers}
      loading={loading}
      pagination={false}
      size="middle"
      scroll={{ x: 900 }}
      rowClassName={(d) => `inbox-row deadline-row-${d.deadline}`}
      columns={[
        { title: t('dossier.code'), key: 'code', width: 250, render: (_v, d) => <Link to={paths.staffDossier(d.id)} className="dossier-code" style={{ whiteSpace: 'nowrap', fontSize: 15 }}>{d.code}</Link> },
        { title: t('dossier.procedure'), key: 'procedure', render: (_v, d) => d.procedure.name },
        { title: t('dossier.applicant'), dataIndex: 'applicantName' },
        {
          title: t('dossier.deadlineColumn'),
          key: 'deadline',
          render: (_v, d) => (
            <Space orientation="vertical" size={2}>
              <DeadlineTag deadline={d.deadline} daysLeft={d.workingDaysLeft} />
              <span>{d.dueAt ? formatVnDateTime(d.dueAt) : t('dossier.noDueYet')}</span>
            </Space>
          ),
        },
        { title: t('dossier.status'), key: 'status', render: (_v, d) => <StatusTag status={d.status} name={d.statusName} /> },
        { title: t('dossier.currentStep'), key: 'step', render: (_v, d) => (d.step ? localized(d.step.name, i18n.language) : '') },
      ]}
    />
  );
}
