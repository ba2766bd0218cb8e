import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError, notifyError } from './api/index.ts';
import { i18n } from './i18n/index.ts';

declare module '@tanstack/react-query' {
  interface Register {
    /** `silent`: the caller shows the failure itself (or it is expected, like /auth/me → 401). */
    queryMeta: { silent?: boolean };
    mutationMeta: { silent?: boolean };
  }
}

function fallbackText(): string {
  return i18n.t('common.requestFailed');
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (!query.meta?.silent) notifyError(error, fallbackText());
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (!mutation.meta?.silent) notifyError(error, fallbackText());
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // A 4xx will not get better by asking again.
        retry: (count, error) => !(isApiError(error) && error.status < 500) && count < 2,
      },
    },
  });
}
