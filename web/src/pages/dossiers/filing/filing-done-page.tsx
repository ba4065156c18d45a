import { CheckCircleTwoTone } from '@ant-design/icons';
import { Card, Descriptions, Result, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { paths } from '../../../app/paths';
import { StatusTag } from '../../../components/dossier/status-tag';
import { ErrorResult } from '../../../components/error-result';
import { LinkButton } from '../../../components/link-button';
import { LoadingBlock } from '../../../components/loading-block';
import { PageTitle } from '../../../components/page-title';
import { formatVnDateTime } from '../../catalog/format';
import { PaymentPanel } from '../shared/payment-panel';
import { useDossier } from '../shared/use-dossiers';

/** After filing online: the dossier's code (to keep), its status, what happens next, and links. */
export default function FilingDonePage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const dossier = useDossier(id);
  if (dossier.isPending) return <LoadingBlock />;
  if (dossier.isError) return <ErrorResult error={dossier.error} onRetry={() => void dossier.refetch()} />;
  const d = dossier.data;
  return (
    <>
      <PageTitle>{t('filing.done.title')}</PageTitle>
      <Card>
        <Result
          icon={<CheckCircleTwoTone twoToneColor="#16a34a" aria-hidden />}
          title={<span role="status">{t('filing.done.code', { code: d.code })}</span>}
          subTitle={t('filing.done.next', { desk: i18n.language === 'en' ? d.receivingAgency.nameEn : d.receivingAgency.name })}
          style={{ padding: '16px 0' }}
        />
        <Descriptions
          bordered
          size="small"
          column={1}
          items={[
            { key: 'code', label: t('dossier.code'), children: <strong className="dossier-code">{d.code}</strong> },
            { key: 'procedure', label: t('dossier.procedure'), children: d.procedure.name },
            { key: 'status', label: t('dossier.status'), children: <StatusTag status={d.status} name={d.statusName} /> },
            { key: 'submitted', label: t('dossier.submittedAt'), children: formatVnDateTime(d.submittedAt) },
          ]}
        />
        <Space wrap style={{ marginTop: 16 }}>
          <LinkButton to={paths.myDossier(d.id)} primary>
            {t('filing.done.open')}
          </LinkButton>
          <LinkButton to={paths.myDossiers}>{t('myDossiers.title')}</LinkButton>
          <LinkButton to={paths.lookupCode(d.code)}>{t('filing.done.lookup')}</LinkButton>
        </Space>
      </Card>
      <div style={{ marginTop: 16 }}>
        <PaymentPanel dossier={d} />
      </div>
    </>
  );
}
