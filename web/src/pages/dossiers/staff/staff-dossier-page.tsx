import { PrinterOutlined } from '@ant-design/icons';
import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { paths } from '../../../app/paths';
import { DossierTimeline } from '../../../components/dossier/dossier-timeline';
import { EFormView } from '../../../components/eform/eform-view';
import { ErrorResult } from '../../../components/error-result';
import { LinkButton } from '../../../components/link-button';
import { LoadingBlock } from '../../../components/loading-block';
import { PageTitle } from '../../../components/page-title';
import { ApplicantDetails, ComponentList, FeeList } from '../shared/dossier-details';
import { DossierActions } from '../shared/dossier-actions';
import { DossierDocuments } from '../shared/dossier-documents';
import { DossierHeader } from '../shared/dossier-header';
import { DossierSteps } from '../shared/dossier-steps';
import { PageSection } from '../shared/page-section';
import { PaymentPanel } from '../shared/payment-panel';
import { timelineOf } from '../shared/history-events';
import { useDossierPageData } from '../shared/use-dossiers';
import { DigitiseComponents } from './digitise-components';
import { FindingsSection } from '../shared/findings-fields';
import '../shared/intake.css';
import { BackLink } from '../../../components/back-link';

/** One dossier in the staff workspace: everything about it, and the actions allowed now. */
export default function StaffDossierPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { dossier, procedure, layout } = useDossierPageData(id);
  const d = dossier.data;
  if (dossier.isPending) return <LoadingBlock rows={8} />;
  if (dossier.isError || !d) return <ErrorResult error={dossier.error} onRetry={() => void dossier.refetch()} />;
  return (
    <>
      <BackLink to={paths.inbox}>{t('inbox.title')}</BackLink>
      <PageTitle extra={d.receivedAt && d.channel !== 'online' ? <LinkButton to={paths.receipt(d.id)}><PrinterOutlined aria-hidden /> {t('receipt.open')}</LinkButton> : undefined}>
        {t('staffDossier.title', { code: d.code })}
      </PageTitle>
      <DossierHeader dossier={d} />
      <PageSection id="dossier-actions" title={t('actions.title')}>
        <DossierActions dossier={d} components={procedure.data?.components ?? []} findingsForm={procedure.data?.result.findings ?? undefined} staff />
      </PageSection>
      <Row gutter={16}>
        <Col xs={24} xl={15}>
          <PageSection id="dossier-applicant" title={t('dossier.applicant')}>
            <ApplicantDetails dossier={d} />
          </PageSection>
          {d.formId && (
            <PageSection id="dossier-form" title={t('dossier.formData')}>
              {layout ? <EFormView layout={layout} data={d.formData} /> : <LoadingBlock rows={4} />}
            </PageSection>
          )}
          <FindingsSection form={procedure.data?.result.findings ?? undefined} dossier={d} />
          <PageSection id="dossier-components" title={t('dossier.components')}>
            <ComponentList dossier={d} />
          </PageSection>
          <DigitiseComponents dossier={d} />
          <PageSection id="dossier-fees" title={t('dossier.fees')}>
            <FeeList dossier={d} />
          </PageSection>
          <PaymentPanel dossier={d} staff />
        </Col>
        <Col xs={24} xl={9}>
          <DossierDocuments dossier={d} staff />
          <PageSection id="dossier-steps" title={t('dossier.steps')}>
            <DossierSteps dossier={d} vertical />
          </PageSection>
          <PageSection id="dossier-history" title={t('dossier.history')}>
            <DossierTimeline events={timelineOf(d)} label={t('dossier.history')} />
          </PageSection>
        </Col>
      </Row>
    </>
  );
}
