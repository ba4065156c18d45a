import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { assignUnmatched, listUnmatched, refundUnmatched, type AssignUnmatchedBody, type RefundUnmatchedBody, type UnmatchedPayment } from '../../api/payments';

export type UnmatchedState = UnmatchedPayment['state'];

const PAGE = 50;
const listKey = ['payments', 'unmatched'] as const;

/** The user's desks' unmatched transfers in one state, newest first, a page at a time. */
export function useUnmatchedList(state: UnmatchedState) {
  return useInfiniteQuery({
    queryKey: [...listKey, state],
    queryFn: ({ pageParam }) => listUnmatched({ state, limit: PAGE, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Closes an open transfer; the lists and the dossiers are read again. */
function useCloseUnmatched<B>(close: (transactionId: string, body: B, idempotencyKey: string) => Promise<UnmatchedPayment>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ transactionId, body, idempotencyKey }: { transactionId: string; body: B; idempotencyKey: string }) => close(transactionId, body, idempotencyKey),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: listKey });
      // An assigned transfer changed the dossier's payment, history and documents.
      void queryClient.invalidateQueries({ queryKey: ['dossiers'] });
    },
  });
}

/** Assigns a transfer to the dossier it pays for. */
export const useAssignUnmatched = () => useCloseUnmatched<AssignUnmatchedBody>(assignUnmatched);

/** Records that a transfer was sent back to the payer. */
export const useRefundUnmatched = () => useCloseUnmatched<RefundUnmatchedBody>(refundUnmatched);
