import { lazy, Suspense, type ComponentProps } from 'react';

// Lazy, so the shell (which loads org's index for the menu) does not pull the select/tree
// components into the first download; each picker suspends on its own, not the whole page.
const LazyUserSelect = lazy(() => import('./UserSelect.tsx').then((m) => ({ default: m.UserSelect })));
const LazyDepartmentTreeSelect = lazy(() => import('./DepartmentTreeSelect.tsx').then((m) => ({ default: m.DepartmentTreeSelect })));

function Placeholder({ width }: { width: number | string | undefined }) {
  return <span style={{ display: 'inline-block', width: width ?? '100%', height: 32 }} />;
}

export function UserSelectLazy(props: ComponentProps<typeof LazyUserSelect>) {
  return (
    <Suspense fallback={<Placeholder width={props.style?.width} />}>
      <LazyUserSelect {...props} />
    </Suspense>
  );
}

export function DepartmentTreeSelectLazy(props: ComponentProps<typeof LazyDepartmentTreeSelect>) {
  return (
    <Suspense fallback={<Placeholder width={props.style?.width} />}>
      <LazyDepartmentTreeSelect {...props} />
    </Suspense>
  );
}
