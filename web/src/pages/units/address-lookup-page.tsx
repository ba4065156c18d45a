import { useQuery } from '@tanstack/react-query';
import { Card, Collapse, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { resolveFormerAddress } from '../../api/units';
import type { ResolveQuery } from '../../api/types';
import { PageTitle } from '../../components/page-title';
import { AddressLookupForm } from './address-lookup-form';
import { AddressLookupResults } from './address-lookup-results';

const KEYS = ['commune', 'district', 'province', 'oldCode'] as const;

/**
 * "Tra cứu địa chỉ sau sắp xếp": a pre-July-2025 address in, the current commune(s) out.
 * The question lives in the address bar, so a result can be shared or bookmarked.
 */
export default function AddressLookupPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = useMemo<ResolveQuery>(() => Object.fromEntries(KEYS.flatMap((k) => (params.get(k) ? [[k, params.get(k)!]] : []))), [params]);
  const asked = Object.keys(query).length > 0;
  const result = useQuery({ queryKey: ['units', 'resolve', query], queryFn: () => resolveFormerAddress(query), enabled: asked });
  const search = (next: ResolveQuery) =>
    setParams(Object.fromEntries(Object.entries(next).filter((entry): entry is [string, string] => typeof entry[1] === 'string')));
  return (
    <>
      <PageTitle>{t('addressLookup.title')}</PageTitle>
      <Typography.Paragraph style={{ fontSize: 17 }}>{t('addressLookup.intro')}</Typography.Paragraph>
      <Card>
        <AddressLookupForm initial={query} onSearch={search} searching={asked && result.isFetching} />
      </Card>
      {asked && <AddressLookupResults data={result.data} error={result.error} loading={result.isPending} />}
      <Collapse
        style={{ marginTop: 24 }}
        items={[{ key: 'help', label: t('addressLookup.helpTitle'), children: <Typography.Paragraph>{t('addressLookup.helpText')}</Typography.Paragraph> }]}
      />
    </>
  );
}
