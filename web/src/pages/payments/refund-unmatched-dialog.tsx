import { App, Form, Input, Modal } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/errors';
import { newIdempotencyKey } from '../../api/idempotency';
import type { UnmatchedPayment } from '../../api/payments';
import { ProblemAlert } from '../../components/problem-alert';
import { applyServerErrors } from '../../components/eform/eform-errors';
import { formatMoney } from '../catalog/format';
import { useRefundUnmatched } from './use-unmatched-payments';

/**
 * "Hoàn trả": once the desk has sent the money back, it records how (the refund's
 * transaction number); the transfer leaves the queue and no dossier counts it. The
 * server's field errors land on the note; others (already assigned or refunded) above it.
 */
export function RefundUnmatchedDialog({ payment, onClose }: { payment: UnmatchedPayment; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note: string }>();
  const refund = useRefundUnmatched();
  // One key per confirmation: a double click or a retried request records one refund.
  const key = useRef(newIdempotencyKey());
  const submit = ({ note }: { note: string }) =>
    refund.mutate(
      { transactionId: payment.transactionId, body: { note: note.trim() }, idempotencyKey: key.current },
      {
        onSuccess: () => {
          void message.success(t('unmatched.refunded', { id: payment.transactionId }));
          onClose();
        },
        onError: (error) => {
          applyServerErrors(form, error, i18n.language, (path) => path[0] === 'note');
          key.current = newIdempotencyKey();
        },
      },
    );
  const fieldOnly = isApiError(refund.error) && refund.error.fieldErrors.some((e) => e.field === 'note');
  return (
    <Modal
      open
      title={t('unmatched.refundTitle')}
      okText={t('unmatched.refundConfirm')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={refund.isPending}
      destroyOnHidden
    >
      <p>{t('unmatched.refundIntro', { amount: formatMoney(payment.amount, i18n.language), id: payment.transactionId })}</p>
      <ProblemAlert error={fieldOnly ? null : refund.error} />
      <Form form={form} layout="vertical" name="refund-unmatched" onFinish={submit}>
        <Form.Item name="note" label={t('unmatched.refundNote')} rules={[{ required: true, whitespace: true, message: t('unmatched.refundNoteRequired') }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
