import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Verification } from '../../api/signing';
import { DocumentDetails } from './document-details';
import { DocumentDownload } from './document-download';
import { SignatureDetails } from './signature-details';
import { VerdictBanner } from './verdict-banner';
import { verdictOf } from './verdict';

/** The whole answer for one document or file: the verdict, what it is, its signature. */
export function VerificationResult({ verification: v, uploaded }: { verification: Verification; uploaded: boolean }) {
  const { t } = useTranslation();
  return (
    <div>
      <VerdictBanner verdict={verdictOf(v, uploaded)} />
      {v.document ? (
        <>
          <DocumentDetails document={v.document} dossierCode={v.dossierCode} />
          {!uploaded && <DocumentDownload document={v.document} />}
        </>
      ) : (
        <Typography.Paragraph>{t('verify.notIssuedHere')}</Typography.Paragraph>
      )}
      <SignatureDetails signature={v.signature} />
    </div>
  );
}
