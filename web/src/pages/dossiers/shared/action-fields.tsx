import { Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FindingsForm, ProcedureComponent } from '../../../api/catalog';
import type { Dossier, DossierActionName } from '../../../api/dossiers';
import { localized } from '../../catalog/format';
import { RatingFields } from '../citizen/rating-fields';
import { SupplementChoices } from '../citizen/supplement-choices';
import { ConfirmPaymentNote } from './confirm-payment-note';
import { FindingsFields } from './findings-fields';
import { useAssignees } from './use-dossiers';
import { TransferAgencySelect } from './transfer-agency-select';

const WITH_REASON: readonly DossierActionName[] = ['reject', 'refuse', 'send_back', 'request_payment', 'transfer', 'apologize'];

function ReasonField({ required }: { required: boolean }) {
  const { t } = useTranslation();
  return (
    <Form.Item name="reason" label={t('actions.reason')} rules={[...(required ? [{ required: true, whitespace: true, message: t('actions.reasonRequired') }] : []), { min: 5, max: 2000, message: t('actions.reasonLength') }]}>
      <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
    </Form.Item>
  );
}

function AssigneeField({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const assignees = useAssignees(dossier.id, true);
  return (
    <Form.Item name="assigneeId" label={t('actions.assignee')} rules={[{ required: true, message: t('actions.assigneeRequired') }]}>
      <Select
        loading={assignees.isPending}
        options={(assignees.data ?? []).map((a) => ({ value: a.id, label: `${a.fullName} (${a.username})` }))}
        notFoundContent={assignees.isError ? t('common.loadFailed') : t('actions.noAssignee')}
        showSearch={{ optionFilterProp: 'label' }}
      />
    </Form.Item>
  );
}

/** What an action needs besides the click: a reason, what is missing, a person, an agency, a date, an amount… */
export function ActionFields({ action, dossier, components, findingsForm, staff }: { action: DossierActionName; dossier: Dossier; components: ProcedureComponent[]; findingsForm?: FindingsForm | undefined; staff: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {findingsForm && (action === 'complete_step' || action === 'approve') && <FindingsFields form={findingsForm} dossier={dossier} approving={action === 'approve'} />}
      {action === 'assign' && <AssigneeField dossier={dossier} />}
      {action === 'transfer' && (
        <Form.Item name="agencyCode" label={t('actions.transferTo')} rules={[{ required: true, message: t('actions.transferRequired') }]}>
          <TransferAgencySelect competent={dossier.competentAgency.code} />
        </Form.Item>
      )}
      {action === 'request_payment' && (
        <Form.Item name="amount" label={t('actions.amount')} rules={[{ required: true, message: t('actions.amountRequired') }]}>
          <InputNumber<number> min={1} max={10_000_000_000} precision={0} inputMode="numeric" style={{ width: '100%', maxWidth: 260 }} formatter={(v) => (v === undefined ? '' : new Intl.NumberFormat('vi-VN').format(Number(v)))} parser={(v) => Number((v ?? '').replace(/\D/g, ''))} />
        </Form.Item>
      )}
      {action === 'apologize' && (
        <Form.Item name="newDueAt" label={t('actions.newDueAt')} extra={t('actions.newDueAtHint')} rules={[{ required: true, message: t('actions.newDueAtRequired') }]}>
          <Input type="datetime-local" style={{ maxWidth: 260 }} />
        </Form.Item>
      )}
      {action === 'request_supplement' && (
        <Form.Item name="missing" label={t('actions.missing')} extra={t('actions.missingHint')} rules={[{ required: true, type: 'array', min: 1, message: t('actions.missingRequired') }]}>
          <Select mode="tags" options={components.filter((c) => !c.form).map((c) => ({ value: localized(c.name, i18n.language), label: localized(c.name, i18n.language) }))} tokenSeparators={[';']} />
        </Form.Item>
      )}
      {action === 'supplement' && (
        <Form.Item name="components" label={t('actions.supplied')} rules={[{ validator: (_r, v: unknown) => (v && Object.keys(v).length > 0 ? Promise.resolve() : Promise.reject(new Error(t('actions.suppliedRequired')))) }]}>
          <SupplementChoices components={components} staff={staff} />
        </Form.Item>
      )}
      {action === 'rate' && <RatingFields />}
      {action === 'confirm_payment' && <ConfirmPaymentNote dossier={dossier} />}
      {(WITH_REASON.includes(action) || action === 'request_supplement') && <ReasonField required={action !== 'request_supplement'} />}
      {!WITH_REASON.includes(action) && action !== 'request_supplement' && (
        <Form.Item name="comment" label={t('actions.comment')} rules={[{ max: 2000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
      )}
    </>
  );
}
