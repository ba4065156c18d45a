import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchSession, signIn, signOut } from '../api/auth';
import type { Account, Login, SessionView } from '../api/types';

export const SESSION_KEY = ['session'] as const;

/** The signed-in session (null: nobody), shared by every screen. */
export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 5 * 60_000 });
}

/** The signed-in account, or undefined while loading or when signed out. */
export function useAccount(): Account | undefined {
  return useSession().data?.account ?? undefined;
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Login) => signIn(body),
    onSuccess: (view) => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
      queryClient.setQueryData<SessionView | null>(SESSION_KEY, view);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSettled: () => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
      queryClient.setQueryData<SessionView | null>(SESSION_KEY, null);
    },
  });
}

/** Puts a changed account (e.g. after a password change) into the cached session. */
export function useUpdateSessionAccount(): (account: Account) => void {
  const queryClient = useQueryClient();
  return (account) => queryClient.setQueryData<SessionView | null>(SESSION_KEY, (view) => (view ? { ...view, account } : view));
}
