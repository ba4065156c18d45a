import { FilePdfOutlined } from '@ant-design/icons';
import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { receiptPdfUrl } from '../../../api/dossiers';
import { paths } from '../../../app/paths';
import { DossierTimeline } from '../../../components/dossier/dossier-timeline';
import { EFormView } from '../../../components/eform/eform-view';
import { ErrorResult } from '../../../components/error-result';
import { LoadingBlock } from '../../../components/loading-block';
import { PageTitle } from '../../../components/page-title';
import { formatMoney } from '../../catalog/format';
import { ComponentList, FeeList } from '../shared/dossier-details';
import { DossierActions } from '../shared/dossier-actions';
import { DossierDocuments } from '../shared/dossier-documents';
import { DossierHeader } from '../shared/dossier-header';
import { DossierSteps } from '../shared/dossier-steps';
import { lastPaymentRequest, lastSupplementRequest, timelineOf } from '../shared/history-events';
import { InlineActionForm } from '../shared/inline-action-form';
import { PageSection } from '../shared/page-section';
import { PaymentPanel } from '../shared/payment-panel';
import { useDossierPageData } from '../shared/use-dossiers';
import { RatingResult } from './rating-result';
import '../shared/intake.css';
import { BackLink } from '../../../components/back-link';

/** One of the citizen's dossiers: where it is, what is asked of them, and what they can do. */
export default function MyDossierPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { dossier, procedure, layout } = useDossierPageData(id);
  const d = dossier.data;
  if (dossier.isPending) return <LoadingBlock rows={8} />;
  if (dossier.isError || !d) return <ErrorResult error={dossier.error} onRetry={() => void dossier.refetch()} />;
  const components = procedure.data?.components ?? [];
  const allowed = (action: string) => d.allowedActions.some((a) => a.action === action);
  const supplement = d.status === 'supplement_requested' ? lastSupplementRequest(d) : undefined;
  const payment = d.status === 'awaiting_payment' ? lastPaymentRequest(d) : undefined;
  return (
    <>
      <BackLink to={paths.myDossiers}>{t('myDossiers.title')}</BackLink>
      <PageTitle>{d.procedure.name}</PageTitle>
      <DossierHeader dossier={d} />
      {d.receivedAt && (
        <Typography.Paragraph>
          <a className="link-button" href={receiptPdfUrl(d.id)} target="_blank" rel="noreferrer">
            <FilePdfOutlined aria-hidden /> {t('myDossier.receiptPdf')}
          </a>
        </Typography.Paragraph>
      )}
      {supplement && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('myDossier.supplementAsked')}
          description={
            <>
              <ul style={{ margin: '4px 0', paddingLeft: 18 }}>
                {supplement.missing.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
              {supplement.reason && <Typography.Paragraph style={{ margin: 0 }}>{supplement.reason}</Typography.Paragraph>}
            </>
          }
        />
      )}
      {payment && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('myDossier.paymentAsked', { amount: formatMoney(payment.amount, i18n.language) })} description={payment.reason ?? undefined} />}
      <PaymentPanel dossier={d} />
      {allowed('supplement') && (
        <PageSection id="my-supplement" title={t('myDossier.supplementTitle')}>
          <InlineActionForm dossier={d} action="supplement" components={components} submitLabel={t('myDossier.supplementSubmit')} />
        </PageSection>
      )}
      {allowed('rate') && (
        <PageSection id="my-rating" title={t('rating.title')}>
          <InlineActionForm dossier={d} action="rate" components={components} submitLabel={t('rating.submit')} />
        </PageSection>
      )}
      {d.rating && <RatingResult rating={d.rating} />}
      {allowed('withdraw') && (
        <PageSection id="my-actions" title={t('myDossier.otherActions')}>
          <DossierActions dossier={d} components={components} staff={false} only={['withdraw']} />
        </PageSection>
      )}
      <PageSection id="my-steps" title={t('dossier.steps')}>
        <DossierSteps dossier={d} vertical />
      </PageSection>
      <PageSection id="my-history" title={t('dossier.history')}>
        <DossierTimeline events={timelineOf(d)} label={t('dossier.history')} />
      </PageSection>
      <PageSection id="my-components" title={t('dossier.components')}>
        <ComponentList dossier={d} />
        <FeeList dossier={d} />
      </PageSection>
      <DossierDocuments dossier={d} staff={false} />
      {d.formId && layout && (
        <PageSection id="my-form" title={t('dossier.formData')}>
          <EFormView layout={layout} data={d.formData} />
        </PageSection>
      )}
    </>
  );
}
