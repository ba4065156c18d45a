import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommuneSearch } from './use-catalog';
import { useDebouncedText } from '../../lib/use-debounced';

interface Props {
  id?: string;
  province: string | undefined;
  value?: string | undefined;
  /** The chosen commune's name, shown when the list does not hold it (e.g. after a reload). */
  valueName?: string | undefined;
  onChange?: (code: string | undefined) => void;
}

/**
 * A commune or ward of the province, searched on the server as the person types (the search
 * ignores diacritics: "sai gon" finds Phường Sài Gòn).
 */
export function CommuneSelect({ id, province, value, valueName, onChange }: Props) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const q = useDebouncedText(typed);
  const communes = useCommuneSearch(province, q);
  const options = (communes.data?.items ?? []).map((u) => ({ value: u.code, label: u.name }));
  if (value && valueName && !options.some((o) => o.value === value)) options.unshift({ value, label: valueName });
  return (
    <Select
      id={id}
      allowClear
      showSearch={{ filterOption: false, onSearch: setTyped, searchValue: typed }}
      loading={communes.isFetching}
      placeholder={t('catalog.where.communePlaceholder')}
      notFoundContent={communes.isFetching ? t('common.loading') : t('catalog.where.noCommune')}
      value={value}
      onChange={(code?: string) => {
        setTyped('');
        onChange?.(code);
      }}
      options={options}
      style={{ width: '100%' }}
      size="large"
    />
  );
}
