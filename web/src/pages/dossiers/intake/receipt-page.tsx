import { FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { receiptPdfUrl } from '../../../api/dossiers';
import { paths } from '../../../app/paths';
import { ErrorResult } from '../../../components/error-result';
import { LoadingBlock } from '../../../components/loading-block';
import { PageTitle } from '../../../components/page-title';
import { useDossier } from '../shared/use-dossiers';
import { Receipt } from './receipt';
import './receipt.css';
import { BackLink } from '../../../components/back-link';

/**
 * "Giấy tiếp nhận hồ sơ và hẹn trả kết quả" to print for the applicant, with the QR code of
 * the dossier's lookup address. Printing shows the receipt alone.
 */
export default function ReceiptPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const dossier = useDossier(id);
  useEffect(() => {
    document.body.classList.add('printing-receipt');
    return () => document.body.classList.remove('printing-receipt');
  }, []);
  if (dossier.isPending) return <LoadingBlock rows={8} />;
  if (dossier.isError) return <ErrorResult error={dossier.error} onRetry={() => void dossier.refetch()} />;
  const d = dossier.data;
  const pdf = receiptPdfUrl(d.id);
  return (
    <>
      <div className="no-print">
        <BackLink to={paths.staffDossier(d.id)}>{t('receipt.backToDossier')}</BackLink>
        <PageTitle>{t('receipt.pageTitle', { code: d.code })}</PageTitle>
        <Space wrap style={{ marginBottom: 16 }}>
          <Button type="primary" icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()}>
            {t('receipt.print')}
          </Button>
          <a className="link-button" href={pdf} target="_blank" rel="noreferrer">
            <FilePdfOutlined aria-hidden /> {t('receipt.pdf')}
          </a>
          <Link className="link-button" to={paths.intake}>
            {t('receipt.next')}
          </Link>
        </Space>
      </div>
      <Receipt dossier={d} />
    </>
  );
}
