import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { assignUnmatched, listUnmatched, type AssignUnmatchedBody } from '../../api/payments';

export type UnmatchedState = 'open' | 'assigned';

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

/** Assigns a transfer to a dossier; the lists and the dossiers are read again. */
export function useAssignUnmatched() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ transactionId, body, idempotencyKey }: { transactionId: string; body: AssignUnmatchedBody; idempotencyKey: string }) => assignUnmatched(transactionId, body, idempotencyKey),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: listKey });
      // The dossier's payment, history and documents changed.
      void queryClient.invalidateQueries({ queryKey: ['dossiers'] });
    },
  });
}
