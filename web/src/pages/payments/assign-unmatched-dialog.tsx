import { App, Descriptions, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/errors';
import { newIdempotencyKey } from '../../api/idempotency';
import { findDossierForTransfer, type TransferDossier, type UnmatchedPayment } from '../../api/payments';
import { ProblemAlert } from '../../components/problem-alert';
import { formatMoney, formatVnDateTime } from '../catalog/format';
import { dossierCodeRules, normaliseCode } from '../dossiers/shared/find-by-code';
import { useAssignUnmatched } from './use-unmatched-payments';

interface Values {
  dossierCode: string;
  note?: string;
}

/**
 * "Gán cho hồ sơ": the officer (or administrator) types the dossier's code, the server finds
 * it among the dossiers the transfer may go to, the app shows it, and on confirmation the server records the transfer as
 * that dossier's payment. The server's refusals about the dossier (another desk's, not
 * visible) land on the code's field; others (already assigned) above the form.
 */
export function AssignUnmatchedDialog({ payment, onClose }: { payment: UnmatchedPayment; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [found, setFound] = useState<TransferDossier>();
  const [lookupError, setLookupError] = useState<unknown>();
  const [looking, setLooking] = useState(false);
  const assign = useAssignUnmatched();
  const codeError = (error: string) => form.setFields([{ name: 'dossierCode', errors: [error] }]);

  const lookUp = async ({ dossierCode }: Values) => {
    setLooking(true);
    setLookupError(undefined);
    try {
      setFound(await findDossierForTransfer(payment.transactionId, normaliseCode(dossierCode)));
    } catch (error) {
      if (isApiError(error) && error.status === 404 && error.fieldErrors.some((e) => e.field === 'code')) codeError(t('unmatched.notFound'));
      else setLookupError(error);
    } finally {
      setLooking(false);
    }
  };

  const confirm = () => {
    const note = (form.getFieldValue('note') as string | undefined)?.trim();
    assign.mutate(
      { transactionId: payment.transactionId, body: { dossierId: found!.id, ...(note ? { note } : {}) }, idempotencyKey: newIdempotencyKey() },
      {
        onSuccess: (assigned) => {
          void message.success(t('unmatched.assigned', { code: assigned.dossierCode }));
          onClose();
        },
        onError: (error) => {
          const onDossier = isApiError(error) ? error.fieldErrors.find((e) => e.field === 'dossierId') : undefined;
          if (!onDossier) return;
          setFound(undefined);
          codeError(i18n.language.startsWith('en') ? onDossier.message.en : onDossier.message.vi);
        },
      },
    );
  };

  const alertError = lookupError ?? (isApiError(assign.error) && assign.error.fieldErrors.some((e) => e.field === 'dossierId') ? null : assign.error);
  return (
    <Modal
      open
      title={t('unmatched.assignTitle')}
      okText={found ? t('unmatched.confirm') : t('unmatched.lookUp')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => (found ? confirm() : form.submit())}
      confirmLoading={looking || assign.isPending}
      destroyOnHidden
    >
      <p>{t('unmatched.assignIntro', { amount: formatMoney(payment.amount, i18n.language), at: formatVnDateTime(payment.paidAt), id: payment.transactionId })}</p>
      <ProblemAlert error={alertError} />
      <Form
        form={form}
        layout="vertical"
        name="assign-unmatched"
        onFinish={lookUp}
        onValuesChange={(changed: Partial<Values>) => {
          if ('dossierCode' in changed) setFound(undefined);
        }}
      >
        <Form.Item
          name="dossierCode"
          label={t('lookup.code')}
          extra={t('unmatched.dossierCodeHint')}
          rules={dossierCodeRules(t)}
        >
          <Input autoComplete="off" autoCapitalize="characters" spellCheck={false} />
        </Form.Item>
        {found && (
          <Descriptions
            size="small"
            column={1}
            bordered
            title={t('unmatched.foundTitle')}
            style={{ marginBottom: 16 }}
            items={[
              { key: 'code', label: t('unmatched.dossier'), children: found.code },
              { key: 'procedure', label: t('unmatched.procedure'), children: found.procedureName },
              { key: 'applicant', label: t('unmatched.applicant'), children: found.applicantName },
              { key: 'status', label: t('unmatched.status'), children: i18n.language.startsWith('en') ? found.statusName.en : found.statusName.vi },
            ]}
          />
        )}
        <Form.Item name="note" label={t('unmatched.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
