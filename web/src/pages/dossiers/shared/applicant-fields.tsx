import { Col, Form, Input, Radio, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { addressRules, emailRules, nameRules, nationalIdRules, phoneRules } from './person-rules';

interface Props {
  /** The applicant types the procedure accepts. */
  types: readonly ('person' | 'organisation')[];
  /** The name and ID number come from the signed-in account and cannot be changed. */
  lockIdentity?: boolean;
  /** Called when a complete ID number has been typed (the counter looks up earlier dossiers). */
  onNationalId?: (nationalId: string) => void;
}

/** The applicant: a person (name, 12-digit ID, contacts) or an organisation (name, tax code, representative). */
export function ApplicantFields({ types, lockIdentity = false, onNationalId }: Props) {
  const { t } = useTranslation();
  const type = Form.useWatch<'person' | 'organisation' | undefined>('applicantType');
  const watchId = (e: { target: { value: string } }) => {
    const id = e.target.value.trim();
    if (/^[0-9]{12}$/.test(id)) onNationalId?.(id);
  };
  return (
    <>
      {types.length > 1 && (
        <Form.Item name="applicantType" label={t('intake.applicantType')}>
          <Radio.Group aria-label={t('intake.applicantType')} options={types.map((v) => ({ value: v, label: t(`intake.applicantTypes.${v}`) }))} />
        </Form.Item>
      )}
      <Row gutter={16}>
        {type === 'organisation' ? (
          <>
            <Col xs={24} md={12}>
              <Form.Item name={['applicant', 'orgName']} label={t('intake.orgName')} rules={[{ required: true, whitespace: true, message: t('intake.rules.orgName') }]}>
                <Input maxLength={300} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name={['applicant', 'taxCode']} label={t('intake.taxCode')} rules={[{ required: true, pattern: /^[0-9]{10}([0-9]{3})?$/, message: t('intake.rules.taxCode') }]}>
                <Input inputMode="numeric" maxLength={13} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name={['applicant', 'representative', 'fullName']} label={t('intake.representativeName')} rules={nameRules(t)}>
                <Input autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name={['applicant', 'representative', 'nationalId']} label={t('intake.representativeId')} rules={nationalIdRules(t)}>
                <Input inputMode="numeric" maxLength={12} autoComplete="off" />
              </Form.Item>
            </Col>
          </>
        ) : (
          <>
            <Col xs={24} md={12}>
              <Form.Item name={['applicant', 'nationalId']} label={t('intake.nationalId')} rules={nationalIdRules(t)} extra={lockIdentity ? t('intake.fromAccount') : t('intake.nationalIdHint')}>
                <Input inputMode="numeric" maxLength={12} autoComplete="off" readOnly={lockIdentity} onChange={watchId} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name={['applicant', 'fullName']} label={t('intake.fullName')} rules={nameRules(t)}>
                <Input autoComplete={lockIdentity ? 'name' : 'off'} readOnly={lockIdentity} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name={['applicant', 'dateOfBirth']} label={t('intake.dateOfBirth')}>
                <Input type="date" style={{ maxWidth: 240 }} />
              </Form.Item>
            </Col>
          </>
        )}
        <Col xs={24} md={12}>
          <Form.Item name={['applicant', 'phone']} label={t('intake.phone')} rules={phoneRules(t)} extra={t('intake.phoneHint')}>
            <Input type="tel" inputMode="tel" autoComplete={lockIdentity ? 'tel' : 'off'} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['applicant', 'email']} label={t('intake.email')} rules={emailRules(t)}>
            <Input type="email" autoComplete={lockIdentity ? 'email' : 'off'} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name={['applicant', 'address']} label={t('intake.address')} rules={addressRules(t)}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={300} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
