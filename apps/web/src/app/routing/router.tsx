import { lazy, Suspense } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppLayout } from '../shell/AppLayout.tsx';
import { FullPageSpin } from '../../shared/feedback/FullPageSpin.tsx';
import { NotFoundPage, RouteErrorPage } from '../pages/ErrorPages.tsx';
import { RequireAuth, RequirePermission } from './RequireAuth.tsx';
import { webModules } from './modules.ts';

const LoginPage = lazy(() => import('../pages/LoginPage.tsx'));
const HomePage = lazy(() => import('../pages/HomePage.tsx'));
const DocumentChainPage = lazy(() => import('../pages/DocumentChainPage.tsx'));

const moduleRoutes: RouteObject[] = webModules.flatMap((module) =>
  module.routes.map((route) => {
    const Page = route.component;
    return {
      path: route.path,
      element: (
        <RequirePermission permission={route.permission}>
          <Page />
        </RequirePermission>
      ),
    };
  }),
);

export const router = createBrowserRouter([
  {
    path: '/login',
    errorElement: <RouteErrorPage />,
    element: (
      <Suspense fallback={<FullPageSpin />}>
        <LoginPage />
      </Suspense>
    ),
  },
  {
    path: '/',
    errorElement: <RouteErrorPage />,
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomePage /> },
      { path: 'links/:type/:id', element: <DocumentChainPage /> },
      ...moduleRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
