import { App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PaymentAccountBody, PaymentAccountView } from '../../api/payments';
import { ProblemAlert } from '../../components/problem-alert';
import { applyFieldErrors } from '../../lib/form-errors';
import { BankSelect } from './bank-select';
import { useSavePaymentAccount } from './use-payment-accounts';

const FIELDS = ['bankBin', 'accountNumber', 'accountName'] as const;

/**
 * The account an agency's fees are paid into. Only "required" is checked here; the
 * server's rules (a bank on the Napas list, 4–30 letters or digits…) come back as field
 * errors and are shown on their fields, in the user's language.
 */
export function PaymentAccountForm({ agencyCode, current }: { agencyCode: string; current: PaymentAccountView['account'] }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<PaymentAccountBody>();
  const save = useSavePaymentAccount(agencyCode);
  const { message } = App.useApp();
  const submit = (values: PaymentAccountBody) =>
    save.mutate(
      { bankBin: values.bankBin, accountNumber: values.accountNumber.trim(), accountName: values.accountName.trim() },
      {
        onSuccess: () => void message.success(t('paymentAccounts.saved')),
        onError: (error) => applyFieldErrors(form, error, i18n.language, FIELDS),
      },
    );
  const fieldErrorShown = save.isError && form.getFieldsError().some((f) => f.errors.length > 0);
  return (
    <Form form={form} name="payment-account" layout="vertical" initialValues={current ?? {}} onFinish={submit} style={{ maxWidth: 640 }}>
      <ProblemAlert error={fieldErrorShown ? null : save.error} />
      <Form.Item name="bankBin" label={t('paymentAccounts.bank')} rules={[{ required: true, message: t('paymentAccounts.bankRequired') }]}>
        <BankSelect />
      </Form.Item>
      <Form.Item name="accountNumber" label={t('paymentAccounts.accountNumber')} rules={[{ required: true, whitespace: true, message: t('paymentAccounts.accountNumberRequired') }]}>
        <Input inputMode="numeric" autoComplete="off" spellCheck={false} style={{ maxWidth: 320 }} />
      </Form.Item>
      <Form.Item name="accountName" label={t('paymentAccounts.accountName')} extra={t('paymentAccounts.accountNameHint')} rules={[{ required: true, whitespace: true, message: t('paymentAccounts.accountNameRequired') }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t('common.save')}
      </Button>
    </Form>
  );
}
