import type { LoginRequest, MeResponse } from '@triad/contracts';
import { api, isApiError, setCsrfToken } from '../api/index.ts';

export const meQueryKey = ['auth', 'me'] as const;

/** The current session, or null when nobody is logged in. */
export async function fetchMe(): Promise<MeResponse | null> {
  try {
    const me = await api.get<MeResponse>('/api/auth/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export async function login(body: LoginRequest): Promise<MeResponse> {
  const me = await api.post<MeResponse>('/api/auth/login', body);
  // A new session comes with a new CSRF token.
  setCsrfToken(me.csrfToken);
  return me;
}

export async function logout(): Promise<void> {
  try {
    await api.post<unknown>('/api/auth/logout');
  } finally {
    setCsrfToken(null);
  }
}

export function saveProfileLocale(locale: MeResponse['user']['locale']): Promise<unknown> {
  return api.put<unknown>('/api/v1/me/profile', { locale });
}
