import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dossier } from '../../../api/dossiers';
import { formatMoney } from '../../catalog/format';
import { useDossierPayment } from './use-dossier-extras';

/**
 * What "confirm payment" records, before the officer confirms: the server takes no amount or
 * method — it books whatever is still owed as cash at the desk (action-service.ts) and
 * issues a signed receipt of payment — so the dialog shows that amount rather than ask for one.
 */
export function ConfirmPaymentNote({ dossier }: { dossier: Dossier }) {
  const { t, i18n } = useTranslation();
  const payment = useDossierPayment(dossier.id);
  const outstanding = payment.data?.outstanding;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      title={outstanding === undefined ? t('payment.confirmLoading') : t('payment.confirmAmount', { amount: formatMoney(outstanding, i18n.language) })}
      description={t('payment.confirmMethod')}
    />
  );
}
