import { Col, Descriptions, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TransferInstructions } from '../../../api/payments';
import { formatMoney } from '../../catalog/format';

/**
 * How to pay by bank transfer: the VietQR code any Vietnamese banking app scans (it fills
 * in the account, amount and content), and the same details to type by hand, each to copy.
 */
export function VietQrTransfer({ transfer: x, dossierCode }: { transfer: TransferInstructions; dossierCode: string }) {
  const { t, i18n } = useTranslation();
  const amount = formatMoney(x.amount, i18n.language);
  const copyable = (label: string) => ({ tooltips: [t('payment.copy', { label }), t('payment.copied')] as [string, string] });
  return (
    <Row gutter={[24, 16]} align="top">
      <Col xs={24} sm={10} md={8} style={{ textAlign: 'center' }}>
        <img src={x.vietQrImage} alt={t('payment.qrAlt', { amount, code: dossierCode })} className="vietqr-image" />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('payment.scanHint')}
        </Typography.Paragraph>
      </Col>
      <Col xs={24} sm={14} md={16}>
        <Descriptions
          bordered
          size="small"
          column={1}
          items={[
            { key: 'bank', label: t('payment.bank'), children: x.bankName },
            { key: 'number', label: t('payment.accountNumber'), children: <Typography.Text copyable={copyable(t('payment.accountNumber'))}>{x.accountNumber}</Typography.Text> },
            { key: 'name', label: t('payment.accountName'), children: x.accountName },
            { key: 'amount', label: t('payment.amount'), children: <strong>{amount}</strong> },
            { key: 'content', label: t('payment.content'), children: <Typography.Text className="dossier-code" copyable={copyable(t('payment.content'))}>{x.content}</Typography.Text> },
          ]}
        />
        <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }}>{t('payment.automatic')}</Typography.Paragraph>
      </Col>
    </Row>
  );
}
