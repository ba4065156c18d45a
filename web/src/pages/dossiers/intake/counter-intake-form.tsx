import { Alert, Button, Checkbox, Form } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureDetail } from '../../../api/catalog';
import { isApiError } from '../../../api/errors';
import { EFormFields, type EFormPrefill } from '../../../components/eform/eform';
import { defaultValues } from '../../../components/eform/eform-schema';
import { LoadingBlock } from '../../../components/loading-block';
import { ProblemAlert } from '../../../components/problem-alert';
import { ApplicantFields } from '../shared/applicant-fields';
import { FeeFields } from '../shared/fee-fields';
import type { ComponentChoice, ComponentChoices, IntakeValues } from '../shared/intake-values';
import { PageSection } from '../shared/page-section';
import { PlaceFields } from '../shared/place-fields';
import { ReturnFields } from '../shared/return-fields';
import { SubmitterFields } from '../shared/submitter-fields';
import { useEFormLayout } from '../shared/use-dossiers';
import { CounterComponents, missingAtCounter } from './counter-components';
import { PreviousApplicantNote } from './previous-applicant-note';
import { useCounterIntake } from './use-counter-intake';
import { prefillFromDossier, usePreviousApplicant } from './use-previous-applicant';

/** Everything a desk takes in for one procedure, on one page, then "Tiếp nhận" and the receipt. */
export function CounterIntakeForm({ procedure, desk }: { procedure: ProcedureDetail; desk: string | undefined }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<IntakeValues>();
  const formId = procedure.components.find((c) => c.form)?.form ?? undefined;
  const { layout } = useEFormLayout(procedure.slug, formId);
  const [nationalId, setNationalId] = useState<string>();
  const previous = usePreviousApplicant(nationalId);
  const [prefill, setPrefill] = useState<EFormPrefill>();
  const [choices, setChoices] = useState<ComponentChoices>({});
  const [busy, setBusy] = useState<Record<string, boolean>>({});
  const [showMissing, setShowMissing] = useState(false);
  const onBehalf = Form.useWatch<boolean | undefined>('onBehalf', form) === true;
  const { mutation, send, leftover, changed } = useCounterIntake(form, procedure, layout, desk);
  useEffect(() => {
    if (layout) form.setFieldsValue({ formData: { ...defaultValues(layout), ...((form.getFieldValue('formData') as Record<string, unknown> | undefined) ?? {}) } });
  }, [layout, form]);
  // An earlier dossier of the same person fills what is still empty.
  useEffect(() => {
    const earlier = previous.data;
    if (!earlier || earlier.applicant.type !== 'person') return;
    const a = earlier.applicant;
    const current = form.getFieldValue('applicant') as IntakeValues['applicant'];
    form.setFieldsValue({ applicant: { ...current, fullName: current.fullName || a.fullName, dateOfBirth: current.dateOfBirth || a.dateOfBirth, phone: current.phone || a.phone, email: current.email || a.email, address: current.address || a.address } });
    if (layout) {
      const filled = prefillFromDossier(layout, earlier);
      const typed = (form.getFieldValue('formData') ?? {}) as Record<string, unknown>;
      form.setFieldsValue({ formData: { ...typed, ...Object.fromEntries(Object.entries(filled.values).filter(([k]) => typed[k] === undefined || typed[k] === '')) } });
      setPrefill(filled);
    }
  }, [previous.data, layout, form]);
  const setChoice = (key: string, choice: ComponentChoice) => {
    changed();
    setChoices((all) => ({ ...all, [key]: choice }));
  };
  const submit = () => {
    setShowMissing(true);
    if (procedure.components.some((c) => missingAtCounter(c, choices[c.key])) || Object.values(busy).some(Boolean)) return;
    send(choices);
  };
  const problem = mutation.error && (!isApiError(mutation.error) || mutation.error.fieldErrors.length === 0) ? mutation.error : null;
  return (
    <Form form={form} layout="vertical" name="counter-intake" initialValues={{ applicantType: 'person', applicant: {}, returnChannel: 'receiving_desk', paidAtCounter: false }} onValuesChange={changed} onFinish={submit} onFinishFailed={() => setShowMissing(true)} scrollToFirstError>
      <PageSection id="intake-applicant" title={t('intake.sections.applicant')}>
        <ApplicantFields types={procedure.applicantTypes} onNationalId={setNationalId} />
        <PreviousApplicantNote query={previous} />
        <Form.Item name="onBehalf" valuePropName="checked">
          <Checkbox>{t('intake.hasSubmitter')}</Checkbox>
        </Form.Item>
        {onBehalf && <SubmitterFields />}
      </PageSection>
      <PageSection id="intake-place" title={t('intake.sections.place')}>
        <PlaceFields slug={procedure.slug} level={procedure.level} />
      </PageSection>
      {formId && (
        <PageSection id="intake-form" title={t('intake.sections.form')}>
          {layout ? <EFormFields layout={layout} prefix={['formData']} prefill={prefill} /> : <LoadingBlock rows={6} />}
        </PageSection>
      )}
      <PageSection id="intake-components" title={t('intake.components.title')}>
        <CounterComponents components={procedure.components} choices={choices} onChange={setChoice} onBusy={(k, b) => setBusy((all) => ({ ...all, [k]: b }))} showMissing={showMissing} />
      </PageSection>
      <PageSection id="intake-fees" title={t('intake.fees')}>
        <FeeFields fees={procedure.fees} channel="in_person" />
        <Form.Item name="paidAtCounter" valuePropName="checked" style={{ marginTop: 8 }}>
          <Checkbox>{t('intake.paidAtCounter')}</Checkbox>
        </Form.Item>
      </PageSection>
      <PageSection id="intake-return" title={t('intake.sections.return')}>
        <ReturnFields online={false} />
      </PageSection>
      {leftover.length > 0 && <Alert type="error" showIcon role="alert" title={t('filing.fixThese')} description={<ul style={{ margin: 0, paddingLeft: 18 }}>{leftover.map((m) => <li key={m}>{m}</li>)}</ul>} style={{ marginBottom: 16 }} />}
      <ProblemAlert error={problem} />
      <Button type="primary" size="large" htmlType="submit" loading={mutation.isPending} disabled={Object.values(busy).some(Boolean)}>
        {t('intake.submit')}
      </Button>
    </Form>
  );
}
