import { Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { isApiError } from '../../api/errors';
import { ErrorResult } from '../../components/error-result';
import { LoadingBlock } from '../../components/loading-block';
import { PageTitle } from '../../components/page-title';
import { PageSection } from '../dossiers/shared/page-section';
import { UploadCheck } from './upload-check';
import { useVerification } from './use-verification';
import { VerificationResult } from './verification-result';

/** The document the QR code names. An id the server does not know (404) or cannot read (400) is "not found". */
function DocumentVerification({ id }: { id: string }) {
  const { t } = useTranslation();
  const verification = useVerification(id);
  if (verification.isPending) return <LoadingBlock rows={8} />;
  if (verification.isError) {
    const error = verification.error;
    if (isApiError(error) && (error.status === 404 || error.status === 400)) {
      return <Result status="404" title={<span role="alert">{t('verify.notFoundTitle')}</span>} subTitle={t('verify.notFound')} />;
    }
    return <ErrorResult error={error} onRetry={() => void verification.refetch()} />;
  }
  return <VerificationResult verification={verification.data} uploaded={false} />;
}

/**
 * "Xác minh giấy tờ" (`/xac-minh/<id>`, the address in the QR code on every signed
 * document; `/xac-minh` alone for the upload check). No sign-in needed.
 */
export default function VerifyPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <>
      <PageTitle>{t('verify.title')}</PageTitle>
      {id ? (
        <PageSection id="verify-document" title={t('verify.documentTitle')}>
          <DocumentVerification key={id} id={id} />
        </PageSection>
      ) : (
        <Typography.Paragraph>{t('verify.intro')}</Typography.Paragraph>
      )}
      <PageSection id="verify-upload" title={t('verify.upload.title')}>
        <UploadCheck />
      </PageSection>
    </>
  );
}
