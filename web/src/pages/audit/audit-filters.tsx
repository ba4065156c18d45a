import { Button, Col, Form, Input, Row, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditQuery } from '../../api/types';
import { actionLabel, AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, entityTypeLabel } from './audit-labels';

export type AuditFilter = Omit<AuditQuery, 'limit' | 'cursor'>;

/** What happened (action), to what (entity type and id), by whom (actor id). */
export function AuditFilters({ filter, onChange }: { filter: AuditFilter; onChange: (filter: AuditFilter) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AuditFilter>();
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(filter);
  }, [form, filter]);
  const trim = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);
  return (
    <Form
      form={form}
      layout="vertical"
      name="audit-filters"
      onFinish={(v) => onChange({ action: v.action, entityType: v.entityType, entityId: trim(v.entityId), actorId: trim(v.actorId) })}
    >
      <Row gutter={12}>
        <Col xs={24} md={12} xl={6}>
          <Form.Item name="action" label={t('audit.action')}>
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} placeholder={t('common.all')} options={AUDIT_ACTIONS.map((a) => ({ value: a, label: actionLabel(t, a) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item name="entityType" label={t('audit.entityType')}>
            <Select allowClear placeholder={t('common.all')} options={AUDIT_ENTITY_TYPES.map((e) => ({ value: e, label: entityTypeLabel(t, e) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item name="entityId" label={t('audit.entityId')}>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item name="actorId" label={t('audit.actorId')} rules={[{ pattern: /^[0-9a-f-]{36}$/i, message: t('audit.actorIdInvalid') }]}>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
      <Button type="primary" htmlType="submit">
        {t('accounts.applyFilters')}
      </Button>
      <Button style={{ marginInlineStart: 8 }} onClick={() => onChange({})}>
        {t('accounts.clearFilters')}
      </Button>
    </Form>
  );
}
