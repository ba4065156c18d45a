import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dossier } from '../../../api/dossiers';
import type { PaymentInfo } from '../../../api/payments';
import { ErrorResult } from '../../../components/error-result';
import { LoadingBlock } from '../../../components/loading-block';
import { formatMoney, formatVnDateTime } from '../../catalog/format';
import { PageSection } from './page-section';
import { useDossierPayment } from './use-dossier-extras';
import { VietQrTransfer } from './vietqr-transfer';
import './payment.css';

/** Due, paid and still owed, side by side on a PC and stacked on a phone. */
function Amounts({ info }: { info: PaymentInfo }) {
  const { t, i18n } = useTranslation();
  const items = [
    { key: 'due', label: t('payment.due'), amount: info.feeTotal },
    { key: 'paid', label: t('payment.paid'), amount: info.paid },
    { key: 'outstanding', label: t('payment.outstanding'), amount: info.outstanding },
  ];
  return (
    <dl className="payment-amounts">
      {items.map((item) => (
        <div key={item.key} className={item.key === 'outstanding' ? 'payment-amount-owed' : undefined}>
          <dt>{item.label}</dt>
          <dd>{formatMoney(item.amount, i18n.language)}</dd>
        </div>
      ))}
    </dl>
  );
}

function PaymentHistory({ info }: { info: PaymentInfo }) {
  const { t, i18n } = useTranslation();
  if (info.payments.length === 0) return null;
  return (
    <>
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 16 }}>
        {t('payment.history')}
      </Typography.Title>
      <ul className="intake-list" aria-label={t('payment.history')}>
        {info.payments.map((p, i) => (
          <li key={i}>
            <strong>{formatMoney(p.amount, i18n.language)}</strong> — {t(`payment.methods.${p.method}`)} — {formatVnDateTime(p.paidAt)}
            {p.transactionId ? ` (${t('payment.transaction', { id: p.transactionId })})` : ''}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * Fees of a dossier: what is due and what was paid, the VietQR code for the rest, and the
 * ledger. Nothing when the procedure is free. Staff see the same; cash at the desk is then
 * recorded with the dossier action "confirm payment" (listed only when it is allowed).
 */
export function PaymentPanel({ dossier, staff = false }: { dossier: Dossier; staff?: boolean }) {
  const { t, i18n } = useTranslation();
  const payment = useDossierPayment(dossier.id, dossier.feeTotal > 0);
  if (dossier.feeTotal <= 0) return null;
  const info = payment.data;
  const canConfirm = dossier.allowedActions.some((a) => a.action === 'confirm_payment');
  return (
    <PageSection id="dossier-payment" title={t('payment.title')}>
      {payment.isPending ? (
        <LoadingBlock rows={4} />
      ) : payment.isError || !info ? (
        <ErrorResult error={payment.error} onRetry={() => void payment.refetch()} />
      ) : (
        <>
          <Amounts info={info} />
          {info.outstanding === 0 ? (
            <Alert type="success" showIcon title={info.paidAt ? t('payment.settledAt', { at: formatVnDateTime(info.paidAt) }) : t('payment.settled')} />
          ) : info.transfer ? (
            <VietQrTransfer transfer={info.transfer} dossierCode={info.dossierCode} />
          ) : (
            <Alert type="info" showIcon title={t('payment.noAccount', { amount: formatMoney(info.outstanding, i18n.language) })} />
          )}
          {staff && canConfirm && info.outstanding > 0 && <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }}>{t('payment.confirmHint')}</Typography.Paragraph>}
          <PaymentHistory info={info} />
        </>
      )}
    </PageSection>
  );
}
