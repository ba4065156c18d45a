import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProcedureDetail } from '../../../api/catalog';
import type { ApplicantInput } from '../../../api/dossiers';
import { EFormView } from '../../../components/eform/eform-view';
import type { EFormLayout } from '../../../components/eform/eform-schema';
import { formatMoney, localized } from '../../catalog/format';
import { feeTotal, type ComponentChoices, type IntakeValues } from '../shared/intake-values';
import { recordTypeLabel } from '../shared/record-label';

const applicantText = (a: ApplicantInput): string => (a.type === 'organisation' ? `${a.orgName} (${a.taxCode})` : `${a.fullName} (${a.nationalId})`);

/** Everything that will be sent, to read once more before submitting. */
export function FilingReview({ procedure, values, applicant, choices, layout, placeName }: { procedure: ProcedureDetail; values: IntakeValues; applicant: ApplicantInput; choices: ComponentChoices; layout: EFormLayout | undefined; placeName: string | undefined }) {
  const { t, i18n } = useTranslation();
  const components = procedure.components.filter((c) => !c.form);
  const componentText = (key: string): string => {
    const choice = choices[key];
    if (choice?.mode === 'record' && choice.record) return t('filing.review.fromRecord', { record: recordTypeLabel(choice.record, t) });
    if (choice?.mode === 'files' && choice.files.length > 0) return t('filing.review.files', { count: choice.files.length, names: choice.files.map((f) => f.filename).join(', ') });
    return t('filing.review.notGiven');
  };
  return (
    <>
      <Descriptions
        bordered
        size="small"
        column={1}
        style={{ background: '#fff', marginBottom: 16 }}
        items={[
          { key: 'procedure', label: t('filing.review.procedure'), children: localized(procedure.name, i18n.language) },
          { key: 'applicant', label: t('filing.review.applicant'), children: applicantText(applicant) },
          ...(values.onBehalf && values.submitter ? [{ key: 'submitter', label: t('intake.submitter'), children: `${values.submitter.fullName ?? ''} — ${values.submitter.relationship ?? ''}` }] : []),
          ...(placeName ? [{ key: 'place', label: t('intake.commune'), children: placeName }] : []),
          { key: 'return', label: t('intake.returnChannel'), children: values.returnChannel ? t(`dossier.returnChannels.${values.returnChannel}`) : '' },
          { key: 'fees', label: t('intake.fees'), children: formatMoney(feeTotal(procedure.fees, values.fees), i18n.language) },
        ]}
      />
      <Typography.Title level={3} style={{ fontSize: 18 }}>
        {t('filing.steps.components')}
      </Typography.Title>
      <ul className="intake-list">
        {components.map((c) => (
          <li key={c.key}>
            <Typography.Text strong>{localized(c.name, i18n.language)}</Typography.Text>
            <div>{componentText(c.key)}</div>
          </li>
        ))}
      </ul>
      {layout && values.formData && (
        <>
          <Typography.Title level={3} style={{ fontSize: 18, marginTop: 16 }}>
            {t('filing.steps.form')}
          </Typography.Title>
          <EFormView layout={layout} data={values.formData} />
        </>
      )}
    </>
  );
}
