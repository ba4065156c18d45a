import { SearchOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVELS, ONLINE_LEVELS } from '../../api/catalog';
import type { ProcedureFilter } from './use-catalog';
import { localized } from './format';
import { useFields } from './use-catalog';

/** The big search box, then the filters: field (lĩnh vực), level and online level. */
export function ProcedureSearchForm({ filter, onChange }: { filter: ProcedureFilter; onChange: (filter: ProcedureFilter) => void }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<ProcedureFilter>();
  const fields = useFields();
  useEffect(() => form.setFieldsValue({ q: filter.q, field: filter.field, level: filter.level, onlineLevel: filter.onlineLevel }), [form, filter]);
  const submit = (values: ProcedureFilter) => onChange({ ...values, q: values.q?.trim() || undefined });
  return (
    <Form
      form={form}
      layout="vertical"
      name="procedure-search"
      role="search"
      onFinish={submit}
      // A filter applies as soon as it is chosen; the text applies on Enter or the button.
      onValuesChange={(changed: ProcedureFilter) => {
        if (!('q' in changed)) submit(form.getFieldsValue());
      }}
    >
      <Form.Item name="q" label={t('catalog.searchLabel')} extra={t('catalog.searchHint')}>
        <Input type="search" size="large" placeholder={t('catalog.searchPlaceholder')} autoComplete="off" maxLength={200} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} md={10}>
          <Form.Item name="field" label={t('catalog.field')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              loading={fields.isPending}
              placeholder={t('catalog.allFields')}
              options={(fields.data ?? []).map((f) => ({ value: f.slug, label: localized(f.name, i18n.language) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} md={7}>
          <Form.Item name="level" label={t('catalog.level')}>
            <Select allowClear placeholder={t('catalog.allLevels')} options={LEVELS.map((l) => ({ value: l, label: t(`catalog.levels.${l}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} md={7}>
          <Form.Item name="onlineLevel" label={t('catalog.onlineLevel')}>
            <Select allowClear placeholder={t('catalog.allOnlineLevels')} options={ONLINE_LEVELS.map((l) => ({ value: l, label: t(`catalog.online.${l}`) }))} />
          </Form.Item>
        </Col>
      </Row>
      <Button type="primary" htmlType="submit" size="large" icon={<SearchOutlined aria-hidden />}>
        {t('catalog.search')}
      </Button>
    </Form>
  );
}
