import { SearchOutlined } from '@ant-design/icons';
import { Button, Form, Input, Segmented } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResolveQuery } from '../../api/types';

type Mode = 'name' | 'code';

interface Values {
  commune?: string;
  district?: string;
  province?: string;
  oldCode?: string;
}

/** Drops empty fields and trims the rest, so the query string stays clean. */
function toQuery(mode: Mode, values: Values): ResolveQuery {
  const pick = (value: string | undefined) => (value && value.trim() ? value.trim() : undefined);
  if (mode === 'code') return { oldCode: pick(values.oldCode) };
  return { commune: pick(values.commune), district: pick(values.district), province: pick(values.province) };
}

/** The old address as a person remembers it: names (commune, district, province) or the old code. */
export function AddressLookupForm({ initial, onSearch, searching }: { initial: ResolveQuery; onSearch: (query: ResolveQuery) => void; searching: boolean }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [mode, setMode] = useState<Mode>(initial.oldCode ? 'code' : 'name');
  useEffect(() => form.setFieldsValue(initial), [form, initial]);
  return (
    <Form form={form} layout="vertical" size="large" onFinish={(values) => onSearch(toQuery(mode, values))} requiredMark={false} name="address-lookup">
      <Segmented<Mode>
        block
        value={mode}
        onChange={setMode}
        options={[
          { value: 'name', label: t('addressLookup.byName') },
          { value: 'code', label: t('addressLookup.byCode') },
        ]}
        style={{ marginBottom: 16 }}
      />
      {mode === 'name' ? (
        <>
          <Form.Item name="commune" label={t('addressLookup.commune')} extra={t('addressLookup.communeHint')} rules={[{ required: true, whitespace: true, message: t('addressLookup.communeRequired') }]}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="district" label={t('addressLookup.district')} extra={t('addressLookup.districtHint')}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="province" label={t('addressLookup.province')} extra={t('addressLookup.provinceHint')}>
            <Input autoComplete="off" />
          </Form.Item>
        </>
      ) : (
        <Form.Item name="oldCode" label={t('addressLookup.oldCode')} extra={t('addressLookup.oldCodeHint')} rules={[{ required: true, whitespace: true, message: t('addressLookup.oldCodeRequired') }]}>
          <Input inputMode="numeric" autoComplete="off" maxLength={5} />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" icon={<SearchOutlined aria-hidden />} loading={searching} block>
        {t('addressLookup.submit')}
      </Button>
    </Form>
  );
}
