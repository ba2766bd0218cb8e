import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useAuth, type PermissionRequirement } from '../auth/index.ts';
import { FullPageSpin } from '../../shared/feedback/FullPageSpin.tsx';
import { ForbiddenPage } from '../pages/ErrorPages.tsx';

/** Sends anonymous visitors to /login and remembers where they were going. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { me, loading } = useAuth();
  const location = useLocation();
  if (loading) return <FullPageSpin />;
  if (!me) {
    const target = `${location.pathname}${location.search}`;
    const search = target === '/' ? '' : `?redirect=${encodeURIComponent(target)}`;
    return <Navigate to={`/login${search}`} replace />;
  }
  return <>{children}</>;
}

/** The server refuses anyway; this only avoids showing a page full of 403s. */
export function RequirePermission({ permission, children }: { permission: PermissionRequirement; children: ReactNode }) {
  const { can } = useAuth();
  return can(permission) ? <>{children}</> : <ForbiddenPage />;
}
