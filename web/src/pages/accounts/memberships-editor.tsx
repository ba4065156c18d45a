import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { AgencySelect, type AgencyOption } from './agency-select';
import { RoleSelect } from './role-select';

/**
 * The `memberships` list of a form: one row per role held at an agency. Used when creating
 * an account and when replacing its roles.
 */
export function MembershipsEditor({ known, unit, minRows = 0 }: { known: AgencyOption[]; unit: string | undefined; minRows?: number }) {
  const { t } = useTranslation();
  return (
    <Form.List name="memberships">
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field, index) => (
            <Row key={field.key} gutter={8} align="top">
              <Col xs={24} md={13}>
                <Form.Item
                  name={[field.name, 'agencyCode']}
                  label={t('accounts.membershipAgency', { n: index + 1 })}
                  rules={[{ required: true, message: t('accounts.agencyRequired') }]}
                >
                  <AgencySelect known={known} unit={unit} />
                </Form.Item>
              </Col>
              <Col xs={18} md={8}>
                <Form.Item name={[field.name, 'role']} label={t('accounts.membershipRole', { n: index + 1 })} rules={[{ required: true, message: t('accounts.roleRequired') }]}>
                  <RoleSelect />
                </Form.Item>
              </Col>
              <Col xs={6} md={3} style={{ paddingTop: 34 }}>
                <Button
                  danger
                  icon={<DeleteOutlined aria-hidden />}
                  aria-label={t('accounts.removeMembership', { n: index + 1 })}
                  disabled={fields.length <= minRows}
                  onClick={() => remove(field.name)}
                />
              </Col>
            </Row>
          ))}
          <Form.ErrorList errors={errors} />
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({})} style={{ marginBottom: 16 }}>
            {t('accounts.addMembership')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
