import { Card, Descriptions, Form, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccount } from '../../app/session';
import { ErrorResult } from '../../components/error-result';
import { LoadingBlock } from '../../components/loading-block';
import { PageTitle } from '../../components/page-title';
import { formatVnDateTime } from '../catalog/format';
import { communeOfAdmin, isProvinceAdmin } from '../accounts/admin-scope';
import { AgencySelect } from '../accounts/agency-select';
import { PaymentAccountForm } from './payment-account-form';
import { usePaymentAccount } from './use-payment-accounts';

/** The chosen agency's account as it stands, and the form to change it. */
function AgencyAccount({ agencyCode }: { agencyCode: string }) {
  const { t } = useTranslation();
  const account = usePaymentAccount(agencyCode);
  if (account.isPending) return <LoadingBlock rows={4} />;
  if (account.isError) return <ErrorResult error={account.error} onRetry={() => void account.refetch()} />;
  const current = account.data.account;
  return (
    <>
      {current ? (
        <Descriptions
          bordered
          size="small"
          column={1}
          style={{ marginBottom: 16 }}
          title={t('paymentAccounts.current')}
          items={[
            { key: 'bank', label: t('paymentAccounts.bank'), children: current.bankName },
            { key: 'number', label: t('paymentAccounts.accountNumber'), children: current.accountNumber },
            { key: 'name', label: t('paymentAccounts.accountName'), children: current.accountName },
            { key: 'updated', label: t('paymentAccounts.updatedAt'), children: formatVnDateTime(current.updatedAt) },
          ]}
        />
      ) : (
        <Typography.Paragraph>{t('paymentAccounts.none')}</Typography.Paragraph>
      )}
      <PaymentAccountForm key={current?.updatedAt ?? 'new'} agencyCode={agencyCode} current={current} />
    </>
  );
}

/**
 * "Tài khoản thu phí, lệ phí": administrators set the bank account into which an agency's
 * fees are paid; the VietQR codes on receipts and dossier pages point to it, and the bank's
 * notifications for it settle dossiers.
 */
export default function PaymentAccountPage() {
  const { t } = useTranslation();
  const admin = useAccount();
  // A commune administrator starts at their own agency; a province one picks any.
  const own = isProvinceAdmin(admin) ? undefined : admin?.memberships.find((m) => m.role === 'admin')?.agencyCode;
  const [agencyCode, setAgencyCode] = useState<string | undefined>(own);
  return (
    <>
      <PageTitle>{t('paymentAccounts.title')}</PageTitle>
      <Typography.Paragraph>{t('paymentAccounts.intro')}</Typography.Paragraph>
      <Card style={{ marginBottom: 16 }}>
        <Form layout="vertical">
          <Form.Item label={t('paymentAccounts.agency')} htmlFor="payment-account-agency" extra={t('paymentAccounts.agencyHint')} style={{ marginBottom: 0, maxWidth: 640 }}>
            <AgencySelect id="payment-account-agency" value={agencyCode} onChange={setAgencyCode} unit={communeOfAdmin(admin)} />
          </Form.Item>
        </Form>
      </Card>
      {agencyCode && (
        <Card>
          <AgencyAccount key={agencyCode} agencyCode={agencyCode} />
        </Card>
      )}
    </>
  );
}
