import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getPaymentAccount, listBanks, putPaymentAccount, type PaymentAccountBody } from '../../api/payments';

const accountKey = (agencyCode: string) => ['payment-accounts', agencyCode] as const;

/** The Napas list changes with a release, not during a session. */
export function useBanks() {
  return useQuery({ queryKey: ['payments', 'banks'], queryFn: listBanks, staleTime: Infinity });
}

export function usePaymentAccount(agencyCode: string | undefined) {
  return useQuery({ queryKey: accountKey(agencyCode ?? ''), queryFn: () => getPaymentAccount(agencyCode!), enabled: Boolean(agencyCode), retry: false });
}

/** Saves an agency's account; the answer replaces the cached one. */
export function useSavePaymentAccount(agencyCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PaymentAccountBody) => putPaymentAccount(agencyCode, body),
    onSuccess: (view) => queryClient.setQueryData(accountKey(agencyCode), view),
  });
}
