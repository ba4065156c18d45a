import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listProcedures } from '../../../api/catalog';
import { localized } from '../../catalog/format';
import { useDebouncedText } from '../../../lib/use-debounced';

/**
 * The procedure, searched in the catalog as the officer types (diacritics optional,
 * small typos tolerated by the server: "khai sanh").
 */
export function ProcedurePicker({ id, value, valueName, onChange }: { id?: string; value?: string; valueName?: string; onChange?: (slug: string | undefined) => void }) {
  const { t, i18n } = useTranslation();
  const [typed, setTyped] = useState('');
  const q = useDebouncedText(typed);
  const found = useQuery({ queryKey: ['catalog', 'procedures', 'picker', q], queryFn: () => listProcedures({ limit: 20, ...(q ? { q } : {}) }), placeholderData: (previous) => previous });
  const options = (found.data?.items ?? []).map((p) => {
    const name = localized(p.name, i18n.language);
    return { value: p.slug, label: p.code ? `${name} (${p.code})` : name };
  });
  if (value && valueName && !options.some((o) => o.value === value)) options.unshift({ value, label: valueName });
  return (
    <Select
      id={id}
      size="large"
      showSearch={{ filterOption: false, onSearch: setTyped, searchValue: typed }}
      value={value}
      onChange={(slug?: string) => {
        setTyped('');
        onChange?.(slug);
      }}
      options={options}
      loading={found.isFetching}
      allowClear
      placeholder={t('intake.procedurePlaceholder')}
      notFoundContent={found.isFetching ? t('common.loading') : t('intake.noProcedure')}
      style={{ width: '100%' }}
    />
  );
}
