import { Alert, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProcedureDetail } from '../../../api/catalog';
import type { PersonalRecord, Prefill } from '../../../api/dossiers';
import type { Account } from '../../../api/types';
import { EFormFields } from '../../../components/eform/eform';
import type { EFormLayout } from '../../../components/eform/eform-schema';
import { LoadingBlock } from '../../../components/loading-block';
import { useProcedure } from '../../catalog/use-catalog';
import { FeeFields } from '../shared/fee-fields';
import { applicantOf, cleanForm, type ComponentChoice, type ComponentChoices, type IntakeValues } from '../shared/intake-values';
import { PlaceFields } from '../shared/place-fields';
import { ReturnFields } from '../shared/return-fields';
import { ApplicantStep } from './applicant-step';
import { FilingReview } from './filing-review';
import { OnlineComponents } from './online-components';
import type { FilingStep } from './step-of-field';

interface Props {
  step: FilingStep;
  procedure: ProcedureDetail;
  account: Account;
  records: PersonalRecord[];
  layout: EFormLayout | undefined;
  prefill: Prefill | undefined;
  choices: ComponentChoices;
  onChoice: (key: string, choice: ComponentChoice) => void;
  onBusy: (key: string, busy: boolean) => void;
  showMissing: boolean;
}

function Review({ procedure, choices, layout }: Pick<Props, 'procedure' | 'choices' | 'layout'>) {
  const form = Form.useFormInstance<IntakeValues>();
  const values = form.getFieldsValue(true);
  const place = useProcedure(values.placeUnitCode ? procedure.slug : '', values.placeUnitCode);
  return <FilingReview procedure={procedure} values={{ ...values, formData: cleanForm(values) }} applicant={applicantOf(values)} choices={choices} layout={layout} placeName={place.data?.place?.unit.name} />;
}

/** The fields of one step of the online filing. */
export function FilingStepBody(props: Props) {
  const { t } = useTranslation();
  const { step, procedure } = props;
  const address = props.records.find((r) => r.type === 'identity')?.data.permanentAddress;
  switch (step) {
    case 'applicant':
      return <ApplicantStep account={props.account} types={procedure.applicantTypes} address={typeof address === 'string' ? address : undefined} />;
    case 'place':
      return <PlaceFields slug={procedure.slug} level={procedure.level} chooseDesk />;
    case 'form':
      return props.layout ? <EFormFields layout={props.layout} prefix={['formData']} prefill={props.prefill} /> : <LoadingBlock rows={6} />;
    case 'components':
      return (
        <>
          <Alert type="info" showIcon title={t('filing.components.intro')} style={{ marginBottom: 16 }} />
          <OnlineComponents components={procedure.components} records={props.records} choices={props.choices} onChange={props.onChoice} onBusy={props.onBusy} showMissing={props.showMissing} />
        </>
      );
    case 'result':
      return (
        <>
          <ReturnFields online />
          <fieldset className="intake-fieldset">
            <legend>{t('intake.fees')}</legend>
            <FeeFields fees={procedure.fees} channel="online" />
          </fieldset>
        </>
      );
    default:
      return <Review procedure={procedure} choices={props.choices} layout={props.layout} />;
  }
}
