import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { paths } from '../../app/paths';
import { LinkButton } from '../../components/link-button';
import { ErrorResult } from '../../components/error-result';
import { LoadingBlock } from '../../components/loading-block';
import { PageTitle } from '../../components/page-title';
import { useBackToSearch } from './back-to-search';
import { localized } from './format';
import { ProcedureComponents } from './procedure-components';
import { ProcedureFees } from './procedure-fees';
import { ProcedureFlow } from './procedure-flow';
import { ProcedureForms } from './procedure-forms';
import { LinkedProcedures, ProcedureLegalBasis } from './procedure-legal';
import { ProcedureOverview } from './procedure-overview';
import { ProcedureReview } from './procedure-review';
import { useProcedure } from './use-catalog';
import { WhereToFile } from './where-to-file';
import './catalog.css';
import { BackLink } from '../../components/back-link';

/** One procedure: everything a person needs to prepare, how long it takes and where to file it. */
export default function ProcedurePage() {
  const { t, i18n } = useTranslation();
  const { slug = '' } = useParams();
  const procedure = useProcedure(slug);
  const back = useBackToSearch();
  if (procedure.isPending) return <LoadingBlock rows={8} />;
  if (procedure.isError) return <ErrorResult error={procedure.error} onRetry={() => void procedure.refetch()} />;
  const p = procedure.data;
  return (
    <>
      <BackLink to={back}>{t('catalog.detail.backToList')}</BackLink>
      <PageTitle>{localized(p.name, i18n.language)}</PageTitle>
      <ProcedureOverview procedure={p} />
      <Typography.Paragraph style={{ marginTop: 16 }}>
        <LinkButton to={paths.onlineFiling(p.slug)} primary large>
          {t('catalog.detail.fileOnline')}
        </LinkButton>
      </Typography.Paragraph>
      <ProcedureComponents components={p.components} />
      <ProcedureFees fees={p.fees} />
      <ProcedureForms slug={p.slug} forms={p.forms} />
      <WhereToFile slug={p.slug} />
      <ProcedureFlow procedure={p} />
      <ProcedureLegalBasis legalBasis={p.legalBasis} />
      <LinkedProcedures linked={p.linkedProcedures} />
      <ProcedureReview procedure={p} />
    </>
  );
}
