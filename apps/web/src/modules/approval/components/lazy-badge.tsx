import { lazy, Suspense } from 'react';

// Lazy, so the shell (which loads this module's index for the menu) does not pull antd's badge
// and the query client code into the first download.
const LazyTodoBadge = lazy(() => import('./TodoBadge.tsx').then((m) => ({ default: m.TodoBadge })));

export function TodoBadgeLazy() {
  return (
    <Suspense fallback={null}>
      <LazyTodoBadge />
    </Suspense>
  );
}
