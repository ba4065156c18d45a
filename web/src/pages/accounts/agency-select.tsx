import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listAgencies } from '../../api/units';

export interface AgencyOption {
  code: string;
  name: string;
}

interface Props {
  id?: string;
  value?: string | undefined;
  onChange?: (code: string | undefined) => void;
  /** Names of codes already chosen, shown before any search. */
  known?: AgencyOption[];
  /** Only this commune's agencies (a commune administrator). */
  unit?: string | undefined;
  allowClear?: boolean;
  'aria-label'?: string;
}

/** Picks an agency by searching its name (diacritics optional) on the server. */
export function AgencySelect({ id, value, onChange, known = [], unit, allowClear, 'aria-label': ariaLabel }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search.trim());
  const agencies = useQuery({
    queryKey: ['agencies', { q, unit }],
    queryFn: () => listAgencies({ limit: 30, ...(q ? { q } : {}), ...(unit ? { unit } : {}) }),
    placeholderData: (previous) => previous,
  });
  const found = (agencies.data?.items ?? []).map((a) => ({ code: a.code, name: a.name }));
  const options = [...known.filter((k) => !found.some((f) => f.code === k.code)), ...found].map((a) => ({ value: a.code, label: a.name }));
  return (
    <Select
      id={id}
      aria-label={ariaLabel}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear={allowClear}
      value={value}
      onChange={(code?: string) => onChange?.(code)}
      options={options}
      loading={agencies.isFetching}
      placeholder={t('accounts.agencySearch')}
      notFoundContent={agencies.isFetching ? t('common.loading') : t('accounts.noAgency')}
      style={{ width: '100%' }}
      popupMatchSelectWidth={false}
    />
  );
}
