import { PlusOutlined } from '@ant-design/icons';
import { Card } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ROLES, type Role } from '../../api/types';
import { paths } from '../../app/paths';
import { useAccount } from '../../app/session';
import { ErrorResult } from '../../components/error-result';
import { LinkButton } from '../../components/link-button';
import { LoadingBlock } from '../../components/loading-block';
import { PageTitle } from '../../components/page-title';
import { AccountFilters } from './account-filters';
import { AccountTable } from './account-table';
import { useAccountList, type AccountFilter } from './use-accounts';
import { LoadMore } from '../../components/load-more';

/** Reads the filter from the address bar, keeping only values the API accepts. */
function filterOf(params: URLSearchParams): AccountFilter {
  const role = params.get('role');
  const status = params.get('status');
  const kind = params.get('kind');
  return {
    q: params.get('q') ?? undefined,
    agency: params.get('agency') ?? undefined,
    role: ROLES.includes(role as Role) ? (role as Role) : undefined,
    status: status === 'active' || status === 'disabled' ? status : undefined,
    kind: kind === 'staff' || kind === 'citizen' ? kind : undefined,
  };
}

/** Account administration: search, filter, page through, create. */
export default function AccountListPage() {
  const { t } = useTranslation();
  const admin = useAccount();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterOf(params), [params]);
  const list = useAccountList(filter);
  if (!admin) return <LoadingBlock />;
  const setFilter = (next: AccountFilter) =>
    setParams(Object.fromEntries(Object.entries(next).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '')));
  return (
    <>
      <PageTitle
        extra={
          <LinkButton to={paths.accountNew} primary>
            <PlusOutlined aria-hidden /> {t('accounts.create')}
          </LinkButton>
        }
      >
        {t('accounts.title')}
      </PageTitle>
      <Card style={{ marginBottom: 16 }}>
        <AccountFilters filter={filter} onChange={setFilter} admin={admin} />
      </Card>
      {list.isError ? (
        <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
      ) : list.isPending ? (
        <LoadingBlock />
      ) : (
        <section aria-label={t('accounts.listLabel')}>
          <AccountTable accounts={list.data.pages.flatMap((p) => p.items)} loading={list.isFetching && !list.isFetchingNextPage} />
          <LoadMore pages={list} />
        </section>
      )}
    </>
  );
}
