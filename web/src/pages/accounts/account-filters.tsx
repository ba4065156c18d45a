import { Button, Col, Form, Input, Row, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../api/types';
import { communeOfAdmin, isProvinceAdmin } from './admin-scope';
import { AgencySelect } from './agency-select';
import { RoleSelect } from './role-select';
import type { AccountFilter } from './use-accounts';

/** Search by name, username or ID number; filter by role, agency, status and kind. */
export function AccountFilters({ filter, onChange, admin }: { filter: AccountFilter; onChange: (filter: AccountFilter) => void; admin: Account }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AccountFilter>();
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(filter);
  }, [form, filter]);
  return (
    <Form form={form} layout="vertical" name="account-filters" onFinish={(values) => onChange({ ...values, q: values.q?.trim() || undefined })}>
      <Row gutter={12}>
        <Col xs={24} md={12} xl={6}>
          <Form.Item name="q" label={t('accounts.search')}>
            <Input type="search" placeholder={t('accounts.searchPlaceholder')} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item name="agency" label={t('accounts.agency')}>
            <AgencySelect allowClear unit={communeOfAdmin(admin)} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Form.Item name="role" label={t('accounts.role')}>
            <RoleSelect allowClear />
          </Form.Item>
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Form.Item name="status" label={t('accounts.status')}>
            <Select
              allowClear
              placeholder={t('common.all')}
              options={[
                { value: 'active', label: t('accounts.statuses.active') },
                { value: 'disabled', label: t('accounts.statuses.disabled') },
              ]}
            />
          </Form.Item>
        </Col>
        {isProvinceAdmin(admin) && (
          <Col xs={24} md={8} xl={4}>
            <Form.Item name="kind" label={t('accounts.kind')}>
              <Select
                allowClear
                placeholder={t('common.all')}
                options={[
                  { value: 'staff', label: t('accounts.kinds.staff') },
                  { value: 'citizen', label: t('accounts.kinds.citizen') },
                ]}
              />
            </Form.Item>
          </Col>
        )}
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
