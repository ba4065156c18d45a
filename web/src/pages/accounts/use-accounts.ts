import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getAccount, listAccounts, replaceMemberships, setTemporaryPassword, unlockAccount, updateAccount } from '../../api/accounts';
import type { Account, AccountQuery, MembershipInput, UpdateAccount } from '../../api/types';

export type AccountFilter = Omit<AccountQuery, 'limit' | 'cursor'>;

const PAGE = 50;

/** Accounts the administrator may see, a page at a time ("Xem thêm"). */
export function useAccountList(filter: AccountFilter) {
  return useInfiniteQuery({
    queryKey: ['accounts', 'list', filter],
    queryFn: ({ pageParam }) => listAccounts({ ...filter, limit: PAGE, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useAccountDetail(id: string) {
  return useQuery({ queryKey: ['accounts', 'one', id], queryFn: () => getAccount(id) });
}

/** A change to one account: the answer replaces the cached account, lists are refetched. */
function useAccountChange<V>(id: string, change: (value: V) => Promise<Account>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: (account) => {
      queryClient.setQueryData(['accounts', 'one', id], account);
      void queryClient.invalidateQueries({ queryKey: ['accounts', 'list'] });
    },
  });
}

export const useUpdateAccount = (id: string) => useAccountChange(id, (body: UpdateAccount) => updateAccount(id, body));
export const useReplaceMemberships = (id: string) => useAccountChange(id, (memberships: MembershipInput[]) => replaceMemberships(id, memberships));
export const useSetTemporaryPassword = (id: string) => useAccountChange(id, (password: string) => setTemporaryPassword(id, password));
export const useUnlockAccount = (id: string) => useAccountChange(id, (_: void) => unlockAccount(id));
