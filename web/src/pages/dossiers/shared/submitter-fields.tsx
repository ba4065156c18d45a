import { Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { nameRules, nationalIdRules, phoneRules } from './person-rules';

/** Someone filing for the applicant: who they are and how they are related. */
export function SubmitterFields({ lockIdentity = false }: { lockIdentity?: boolean }) {
  const { t } = useTranslation();
  return (
    <fieldset className="intake-fieldset">
      <legend>{t('intake.submitter')}</legend>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name={['submitter', 'fullName']} label={t('intake.submitterName')} rules={nameRules(t)}>
            <Input readOnly={lockIdentity} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['submitter', 'nationalId']} label={t('intake.submitterId')} rules={nationalIdRules(t)}>
            <Input readOnly={lockIdentity} inputMode="numeric" maxLength={12} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['submitter', 'relationship']} label={t('intake.relationship')} rules={[{ required: true, whitespace: true, min: 2, max: 100, message: t('intake.rules.relationship') }]}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['submitter', 'phone']} label={t('intake.phone')} rules={phoneRules(t)}>
            <Input type="tel" inputMode="tel" />
          </Form.Item>
        </Col>
      </Row>
    </fieldset>
  );
}
