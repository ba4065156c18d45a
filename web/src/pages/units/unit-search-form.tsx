import { Button, Col, Form, Input, Row, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitQuery } from '../../api/types';
import { ProvinceSelect } from './province-select';

export type UnitFilter = Pick<UnitQuery, 'q' | 'province' | 'level'>;

/** Name (any spelling, with or without diacritics), province and level. */
export function UnitSearchForm({ filter, onChange }: { filter: UnitFilter; onChange: (filter: UnitFilter) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<UnitFilter>();
  useEffect(() => form.setFieldsValue({ q: filter.q, province: filter.province, level: filter.level }), [form, filter]);
  return (
    <Form form={form} layout="vertical" name="unit-search" onFinish={(values) => onChange({ ...values, q: values.q?.trim() || undefined })}>
      <Row gutter={12}>
        <Col xs={24} md={10}>
          <Form.Item name="q" label={t('units.searchLabel')}>
            <Input type="search" placeholder={t('units.searchPlaceholder')} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} md={7}>
          <Form.Item name="province" label={t('units.province')}>
            <ProvinceSelect />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} md={7}>
          <Form.Item name="level" label={t('units.level')}>
            <Select
              allowClear
              placeholder={t('units.allLevels')}
              options={[
                { value: 'province', label: t('units.levels.province') },
                { value: 'commune', label: t('units.levels.commune') },
              ]}
            />
          </Form.Item>
        </Col>
      </Row>
      <Button type="primary" htmlType="submit">
        {t('units.search')}
      </Button>
    </Form>
  );
}
