import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProvinces } from './use-provinces';

/** A searchable list of the 34 current provinces. */
export function ProvinceSelect({ id, value, onChange }: { id?: string; value?: string | undefined; onChange?: (code: string | undefined) => void }) {
  const { t } = useTranslation();
  const provinces = useProvinces();
  return (
    <Select
      id={id}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      loading={provinces.isPending}
      placeholder={t('units.allProvinces')}
      value={value}
      onChange={(code?: string) => onChange?.(code)}
      options={(provinces.data ?? []).map((p) => ({ value: p.code, label: p.name }))}
      style={{ width: '100%' }}
    />
  );
}
