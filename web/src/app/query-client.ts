import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/errors';

/** Answers the server refused (4xx) are not retried; network failures and 5xx are, once. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (failures, error) => failures < 1 && !(isApiError(error) && error.status >= 400 && error.status < 500),
    },
    mutations: { retry: false },
  },
});
