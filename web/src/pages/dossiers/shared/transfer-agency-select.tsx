import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getAgency, listAgencies } from '../../../api/units';

/** Another agency of the same kind as the competent one (a dossier sent to the wrong commune), searched by name. */
export function TransferAgencySelect({ id, competent, value, onChange }: { id?: string; competent: string; value?: string; onChange?: (code: string | undefined) => void }) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search.trim());
  const current = useQuery({ queryKey: ['agency', competent], queryFn: () => getAgency(competent), staleTime: 60 * 60_000 });
  const kind = current.data?.kind;
  const agencies = useQuery({
    queryKey: ['agencies', { kind, q, level: current.data?.level }],
    queryFn: () => listAgencies({ limit: 30, ...(kind ? { kind } : {}), ...(current.data ? { level: current.data.level } : {}), ...(q ? { q } : {}) }),
    enabled: kind !== undefined,
    placeholderData: (previous) => previous,
  });
  const options = (agencies.data?.items ?? []).filter((a) => a.code !== competent).map((a) => ({ value: a.code, label: i18n.language === 'en' ? a.nameEn : a.name }));
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      onChange={(code?: string) => onChange?.(code)}
      options={options}
      loading={current.isPending || agencies.isFetching}
      placeholder={t('actions.transferSearch')}
      notFoundContent={agencies.isFetching ? t('common.loading') : t('accounts.noAgency')}
      style={{ width: '100%' }}
    />
  );
}
