import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Space } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { ProcedureDetail } from '../../../api/catalog';
import { fileOnline, type OnlineFiling, type PersonalRecord } from '../../../api/dossiers';
import { ApiError, isApiError } from '../../../api/errors';
import { newIdempotencyKey } from '../../../api/idempotency';
import type { Account } from '../../../api/types';
import { paths } from '../../../app/paths';
import { applyServerErrors, onEForm } from '../../../components/eform/eform-errors';
import { ProblemAlert } from '../../../components/problem-alert';
import { applicantOf, cleanForm, componentsOf, feesOf, submitterOf, type ComponentChoices, type IntakeValues } from '../shared/intake-values';
import { dossierKey, useEFormLayout } from '../shared/use-dossiers';
import { FilingProgress } from './filing-progress';
import { FilingStepBody } from './filing-step-body';
import { initialChoice, missingReason } from './online-components';
import { stepOfField, type FilingStep } from './step-of-field';
import { useFormPrefill } from './use-form-prefill';

/**
 * Online filing, one step at a time: who files, the commune deciding, the e-form, the
 * components, where the result goes and the fees, a last look, then submit (one
 * Idempotency-Key per content, so a double tap files once). The server's complaints are
 * shown on the step and the field they concern.
 */
export function FilingWizard({ procedure, account, records }: { procedure: ProcedureDetail; account: Account; records: PersonalRecord[] }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<IntakeValues>();
  const formId = procedure.components.find((c) => c.form)?.form ?? undefined;
  const { layout } = useEFormLayout(procedure.slug, formId);
  const prefill = useFormPrefill(form, procedure.slug, formId, layout);
  const steps: FilingStep[] = ['applicant', 'place', ...(formId ? (['form'] as const) : []), 'components', 'result', 'review'];
  const [current, setCurrent] = useState(0);
  const step = steps[current] ?? 'review';
  const [choices, setChoices] = useState<ComponentChoices>(() => Object.fromEntries(procedure.components.map((c) => [c.key, initialChoice(c, records)])));
  const [busy, setBusy] = useState<Record<string, boolean>>({});
  const [showMissing, setShowMissing] = useState(false);
  const [pending, setPending] = useState<unknown>();
  const [leftover, setLeftover] = useState<string[]>([]);
  const [checking, setChecking] = useState(false);
  const key = useRef(newIdempotencyKey());
  const address = records.find((r) => r.type === 'identity')?.data.permanentAddress;
  const submit = useMutation({
    mutationFn: (body: OnlineFiling) => fileOnline(body, key.current),
    onSuccess: (dossier) => {
      queryClient.setQueryData(dossierKey(dossier.id), dossier);
      void queryClient.invalidateQueries({ queryKey: ['dossiers', 'mine'] });
      void navigate(paths.filingDone(dossier.id));
    },
    onError: (error) => {
      const field = isApiError(error) ? error.fieldErrors[0]?.field : undefined;
      const target = steps.indexOf(field ? stepOfField(field) : 'review');
      setPending(error);
      setCurrent(target >= 0 ? target : steps.length - 1);
    },
  });
  // Server errors land once the step holding their fields is on screen.
  useEffect(() => {
    if (!pending) return;
    const names = layout?.names ?? [];
    setLeftover(applyServerErrors(form, pending, i18n.language, (path) => stepOfField(path.join('/')) === step && (path[0] !== 'formData' || onEForm(['formData'], names)(path)) && path[0] !== 'components'));
    setPending(undefined);
  }, [pending, step, form, i18n.language, layout]);
  const changed = () => (key.current = newIdempotencyKey());
  const go = (to: number) => {
    setLeftover([]);
    submit.reset();
    setCurrent(to);
  };
  const checkForm = async (): Promise<boolean> => {
    if (!formId) return true;
    setChecking(true);
    try {
      await prefill.validate(cleanForm(form.getFieldsValue(true)));
      return true;
    } catch (error) {
      const moved = isApiError(error) ? new ApiError(error.status, error.slug, error.messages, error.fieldErrors.map((e) => ({ ...e, field: `formData/${e.field}` }))) : error;
      setLeftover(applyServerErrors(form, moved, i18n.language, onEForm(['formData'], layout?.names ?? [])));
      return false;
    } finally {
      setChecking(false);
    }
  };
  const next = async () => {
    if (step === 'components') {
      setShowMissing(true);
      if (procedure.components.some((c) => missingReason(c, choices[c.key])) || Object.values(busy).some(Boolean)) return;
    } else {
      try {
        await form.validateFields();
      } catch {
        return;
      }
      if (step === 'form' && !(await checkForm())) return;
    }
    go(current + 1);
  };
  const send = () => {
    const values = form.getFieldsValue(true);
    submit.mutate({
      procedure: procedure.slug,
      applicant: applicantOf(values),
      ...(submitterOf(values) ? { submitter: submitterOf(values) } : {}),
      ...(values.placeUnitCode ? { placeUnitCode: values.placeUnitCode } : {}),
      ...(values.receivingAgencyCode ? { receivingAgencyCode: values.receivingAgencyCode } : {}),
      ...(formId ? { formData: cleanForm(values) } : {}),
      components: componentsOf(procedure.components, choices),
      returnChannel: values.returnChannel ?? 'receiving_desk',
      ...(values.returnChannel === 'post' && values.postalAddress ? { postalAddress: values.postalAddress.trim() } : {}),
      fees: feesOf(values),
    });
  };
  return (
    <Card>
      <FilingProgress steps={steps} current={current} />
      {leftover.length > 0 && <Alert type="error" showIcon title={t('filing.fixThese')} description={<ul style={{ margin: 0, paddingLeft: 18 }}>{leftover.map((m) => <li key={m}>{m}</li>)}</ul>} style={{ marginBottom: 16 }} />}
      {step === 'review' && submit.isError && isApiError(submit.error) && submit.error.fieldErrors.length === 0 && <ProblemAlert error={submit.error} />}
      <Form
        form={form}
        layout="vertical"
        size="large"
        name="online-filing"
        scrollToFirstError={{ block: 'center', focus: true }}
        onValuesChange={changed}
        initialValues={{ onBehalf: false, applicantType: 'person', applicant: { fullName: account.fullName, nationalId: account.nationalId ?? '', phone: account.phone ?? '', email: account.email ?? '', address: typeof address === 'string' ? address : '' }, returnChannel: 'online' }}
        onFinish={() => (step === 'review' ? send() : void next())}
      >
        <FilingStepBody
          step={step}
          procedure={procedure}
          account={account}
          records={records}
          layout={layout}
          prefill={prefill.data}
          choices={choices}
          onChoice={(k, choice) => {
            changed();
            setChoices((all) => ({ ...all, [k]: choice }));
          }}
          onBusy={(k, b) => setBusy((all) => ({ ...all, [k]: b }))}
          showMissing={showMissing}
        />
        <Space wrap style={{ marginTop: 8 }}>
          {current > 0 && <Button onClick={() => go(current - 1)}>{t('filing.back')}</Button>}
          {step === 'review' ? (
            <Button type="primary" loading={submit.isPending} onClick={send}>
              {t('filing.submit')}
            </Button>
          ) : (
            <Button type="primary" htmlType="submit" loading={checking} disabled={Object.values(busy).some(Boolean)}>
              {t('filing.next')}
            </Button>
          )}
        </Space>
      </Form>
    </Card>
  );
}
