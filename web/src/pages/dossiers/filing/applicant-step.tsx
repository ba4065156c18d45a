import { Form, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../api/types';
import { ApplicantFields } from '../shared/applicant-fields';
import { SubmitterFields } from '../shared/submitter-fields';

/**
 * Who files: the signed-in citizen for themselves (name and ID from the account), or for
 * someone else ("nộp thay"), when the citizen is named as the submitter.
 */
export function ApplicantStep({ account, types, address }: { account: Account; types: readonly ('person' | 'organisation')[]; address: string | undefined }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const onBehalf = Form.useWatch<boolean | undefined>('onBehalf', form) === true;
  const me = { fullName: account.fullName, nationalId: account.nationalId ?? '' };
  const choose = (behalf: boolean) => {
    if (behalf) {
      form.setFieldsValue({ applicant: { fullName: '', nationalId: '', phone: '', email: '', address: '', dateOfBirth: '' }, submitter: { ...me, phone: account.phone ?? '' } });
    } else {
      form.setFieldsValue({ applicantType: 'person', applicant: { ...me, phone: account.phone ?? '', email: account.email ?? '', address: address ?? '' } });
    }
  };
  return (
    <>
      <Form.Item name="onBehalf" label={t('filing.who')}>
        <Radio.Group
          aria-label={t('filing.who')}
          className="intake-vertical"
          onChange={(e) => choose(e.target.value === true)}
          options={[
            { value: false, label: t('filing.self') },
            { value: true, label: t('filing.onBehalf') },
          ]}
        />
      </Form.Item>
      <ApplicantFields types={onBehalf ? types : ['person']} lockIdentity={!onBehalf} />
      {onBehalf && <SubmitterFields lockIdentity />}
    </>
  );
}
