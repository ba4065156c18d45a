import { Alert, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { paths } from '../../../app/paths';
import { useAccount } from '../../../app/session';
import { ErrorResult } from '../../../components/error-result';
import { LinkButton } from '../../../components/link-button';
import { LoadingBlock } from '../../../components/loading-block';
import { PageTitle } from '../../../components/page-title';
import { localized } from '../../catalog/format';
import { useProcedure } from '../../catalog/use-catalog';
import { useMyRecords } from '../shared/use-dossiers';
import { FilingWizard } from './filing-wizard';
import '../shared/intake.css';
import { BackLink } from '../../../components/back-link';

/** "Nộp hồ sơ trực tuyến" for one procedure (citizens, signed in). */
export default function OnlineFilingPage() {
  const { t, i18n } = useTranslation();
  const { slug = '' } = useParams();
  const account = useAccount();
  const citizen = account?.kind === 'citizen';
  const procedure = useProcedure(slug);
  const records = useMyRecords(citizen);
  if (!account) return <LoadingBlock />;
  if (!citizen) {
    return <Result status="info" title={t('filing.citizensOnly')} subTitle={t('filing.citizensOnlyText')} extra={<LinkButton to={paths.procedure(slug)}>{t('filing.backToProcedure')}</LinkButton>} />;
  }
  if (procedure.isPending || records.isPending) return <LoadingBlock rows={8} />;
  if (procedure.isError) return <ErrorResult error={procedure.error} onRetry={() => void procedure.refetch()} />;
  if (records.isError) return <ErrorResult error={records.error} onRetry={() => void records.refetch()} />;
  const p = procedure.data;
  return (
    <>
      <BackLink to={paths.procedure(slug)}>{t('filing.backToProcedure')}</BackLink>
      <PageTitle>{t('filing.title', { name: localized(p.name, i18n.language) })}</PageTitle>
      {!p.applicantTypes.includes('person') && <Alert type="warning" showIcon title={t('filing.organisationsOnly')} style={{ marginBottom: 16 }} />}
      <FilingWizard procedure={p} account={account} records={records.data.records} />
    </>
  );
}
