import { FilePdfOutlined } from '@ant-design/icons';
import { Alert, Button, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert';
import { LoadingBlock } from '../../components/loading-block';
import { useVerifyUpload } from './use-verification';
import { VerificationResult } from './verification-result';

/** The server's limit for a checked PDF (server/src/modules/signing/routes.ts). */
const MAX_BYTES = 20 * 1024 * 1024;

/**
 * "Is this PDF an original?": the chosen file goes to the server as it is (nothing is
 * kept there), which compares it byte for byte with what it issued and checks its signature.
 */
export function UploadCheck() {
  const { t } = useTranslation();
  const check = useVerifyUpload();
  const [name, setName] = useState<string>();
  const [refused, setRefused] = useState<string>();
  const pick = (file: File) => {
    setName(file.name);
    check.reset();
    if (file.size > MAX_BYTES) setRefused(t('verify.upload.tooLarge'));
    else if (file.type !== '' && file.type !== 'application/pdf' && !/\.pdf$/i.test(file.name)) setRefused(t('verify.upload.notPdf'));
    else {
      setRefused(undefined);
      check.mutate(file);
    }
    return false;
  };
  return (
    <>
      <Typography.Paragraph>{t('verify.upload.intro')}</Typography.Paragraph>
      <Upload accept=".pdf,application/pdf" showUploadList={false} beforeUpload={pick} maxCount={1}>
        <Button type="primary" icon={<FilePdfOutlined aria-hidden />} aria-label={t('verify.upload.chooseLabel')} loading={check.isPending}>
          {t('verify.upload.choose')}
        </Button>
      </Upload>
      <div style={{ marginTop: 16 }}>
        {refused && <Alert type="error" showIcon role="alert" title={refused} />}
        {check.isPending && (
          <>
            <Typography.Paragraph>{t('verify.upload.checking', { name })}</Typography.Paragraph>
            <LoadingBlock rows={3} />
          </>
        )}
        <ProblemAlert error={check.error} />
        {check.data && (
          <>
            <Typography.Title level={3} style={{ fontSize: 18 }}>
              {t('verify.upload.checked', { name })}
            </Typography.Title>
            <VerificationResult verification={check.data} uploaded />
          </>
        )}
      </div>
    </>
  );
}
