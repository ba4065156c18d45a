import { FilePdfOutlined, ReloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { controlSlipPdfUrl, documentPdfUrl, type IssuedDocument } from '../../../api/dossier-documents';
import { receiptPdfUrl, type Dossier } from '../../../api/dossiers';
import { paths } from '../../../app/paths';
import { ErrorResult } from '../../../components/error-result';
import { LoadingBlock } from '../../../components/loading-block';
import { formatVnDateTime, localized } from '../../catalog/format';
import { PageSection } from './page-section';
import { useDossierDocuments } from './use-dossier-extras';

/** The agency that signed, by name when the dossier names it (the desk or the deciding agency). */
function signerName(dossier: Dossier, code: string, language: string): string {
  const agency = [dossier.receivingAgency, dossier.competentAgency].find((a) => a.code === code);
  if (!agency) return code;
  return language === 'en' ? agency.nameEn : agency.name;
}

function DocumentItem({ dossier, doc }: { dossier: Dossier; doc: IssuedDocument }) {
  const { t, i18n } = useTranslation();
  const kind = localized(doc.kindName, i18n.language);
  return (
    <li>
      <a href={documentPdfUrl(dossier.id, doc.id)} target="_blank" rel="noreferrer" aria-label={t('documents.open', { title: doc.title })}>
        <FilePdfOutlined aria-hidden /> <strong>{doc.title}</strong>
      </a>
      {kind !== doc.title && <div>{kind}</div>}
      <div>
        {[doc.number ? t('documents.number', { number: doc.number }) : null, t('documents.signedAt', { at: formatVnDateTime(doc.signedAt) }), t('documents.signedBy', { agency: signerName(dossier, doc.issuerAgencyCode, i18n.language) })]
          .filter(Boolean)
          .join(' · ')}
      </div>
      <Link to={paths.verifyDocument(doc.id)} aria-label={t('documents.verifyOne', { title: doc.title })}>
        <SafetyCertificateOutlined aria-hidden /> {t('documents.verify')}
      </Link>
    </li>
  );
}

/**
 * The signed documents of a dossier (receipt, slips, receipts of payment, the result), each
 * to open and to verify. Staff also get the control slip as it stands now, and the receipt
 * signed on the spot if the background job has not issued it yet.
 */
export function DossierDocuments({ dossier, staff }: { dossier: Dossier; staff: boolean }) {
  const { t } = useTranslation();
  const documents = useDossierDocuments(dossier.id);
  const list = documents.data ?? [];
  const receiptIssued = list.some((d) => d.kind === 'receipt');
  return (
    <PageSection
      id="dossier-documents"
      title={t('documents.title')}
      extra={
        <Button type="text" icon={<ReloadOutlined aria-hidden />} aria-label={t('documents.reload')} loading={documents.isFetching} onClick={() => void documents.refetch()} />
      }
    >
      {documents.isPending ? (
        <LoadingBlock rows={3} />
      ) : documents.isError ? (
        <ErrorResult error={documents.error} onRetry={() => void documents.refetch()} />
      ) : (
        <ul className="intake-list" aria-label={t('documents.title')}>
          {list.map((doc) => (
            <DocumentItem key={doc.id} dossier={dossier} doc={doc} />
          ))}
          {list.length === 0 && <li>{t('documents.none')}</li>}
        </ul>
      )}
      {staff && (
        <Typography.Paragraph style={{ display: 'flex', flexWrap: 'wrap', gap: 8, margin: '12px 0 0' }}>
          {dossier.receivedAt && !receiptIssued && (
            <a className="link-button" href={receiptPdfUrl(dossier.id)} target="_blank" rel="noreferrer">
              <FilePdfOutlined aria-hidden /> {t('documents.receiptPdf')}
            </a>
          )}
          <a className="link-button" href={controlSlipPdfUrl(dossier.id)} target="_blank" rel="noreferrer">
            <FilePdfOutlined aria-hidden /> {t('documents.controlSlipPdf')}
          </a>
        </Typography.Paragraph>
      )}
    </PageSection>
  );
}
