import { createContext, useCallback, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { LoginRequest, MeResponse } from '@triad/contracts';
import { setUnauthorizedHandler } from '../api/index.ts';
import { changeLanguage, currentLanguage, takeLanguageChosenBeforeLogin } from '../i18n/index.ts';
import { fetchMe, login as loginRequest, logout as logoutRequest, meQueryKey, saveProfileLocale } from './auth.api.ts';
import { meetsRequirement, type PermissionRequirement } from './permissions.ts';

interface AuthContextValue {
  me: MeResponse | null;
  loading: boolean;
  can: (required: PermissionRequirement) => boolean;
  login: (body: LoginRequest) => Promise<MeResponse>;
  logout: () => Promise<void>;
  refresh: () => Promise<unknown>;
}

const AuthContext = createContext<AuthContextValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const meQuery = useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 5 * 60_000, retry: false, meta: { silent: true } });
  const me = meQuery.data ?? null;
  const appliedFor = useRef<string | null>(null);

  // The profile's language wins when a session is restored (it follows the user across browsers).
  useEffect(() => {
    if (!me || appliedFor.current === me.user.id) return;
    appliedFor.current = me.user.id;
    if (me.user.locale !== currentLanguage()) void changeLanguage(me.user.locale);
  }, [me]);

  useEffect(() => {
    setUnauthorizedHandler(() => {
      // The session expired: drop everything cached and let the route guard send us to /login.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meQueryKey[0] });
      queryClient.setQueryData(meQueryKey, null);
    });
    return () => setUnauthorizedHandler(null);
  }, [queryClient]);

  const login = useCallback(async (body: LoginRequest) => {
    const result = await loginRequest(body);
    appliedFor.current = result.user.id;
    let next = result;
    const chosen = currentLanguage();
    if (takeLanguageChosenBeforeLogin() && result.user.locale !== chosen) {
      // A language picked on the login page is the user's latest choice: keep it in the profile.
      await saveProfileLocale(chosen).catch(() => undefined);
      next = { ...result, user: { ...result.user, locale: chosen } };
    } else if (result.user.locale !== chosen) {
      // Otherwise the profile's language follows the user to this browser.
      await changeLanguage(result.user.locale);
    }
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meQueryKey[0] });
    queryClient.setQueryData(meQueryKey, next);
    return next;
  }, [queryClient]);

  const logout = useCallback(async () => {
    try {
      await logoutRequest();
    } finally {
      appliedFor.current = null;
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meQueryKey[0] });
      queryClient.setQueryData(meQueryKey, null);
    }
  }, [queryClient]);

  const value = useMemo<AuthContextValue>(() => ({
    me,
    loading: meQuery.isPending,
    can: (required) => (me ? meetsRequirement(me.permissions, required) : false),
    login,
    logout,
    refresh: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  }), [me, meQuery.isPending, login, logout, queryClient]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}

/** For pages behind the login guard: the session is known to exist there. */
export function useMe(): MeResponse {
  const { me } = useAuth();
  if (!me) throw new Error('useMe used outside an authenticated route');
  return me;
}
