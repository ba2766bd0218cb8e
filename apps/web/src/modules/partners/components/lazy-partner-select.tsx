import { lazy, Suspense, type ComponentProps } from 'react';

// Lazy, so the shell (which loads this module's index for the menu) does not pull the select in.
const LazyPartnerSelect = lazy(() => import('./PartnerSelect.tsx').then((m) => ({ default: m.PartnerSelect })));

export function PartnerSelectLazy(props: ComponentProps<typeof LazyPartnerSelect>) {
  return (
    <Suspense fallback={<span style={{ display: 'inline-block', width: props.style?.width ?? '100%', height: 32 }} />}>
      <LazyPartnerSelect {...props} />
    </Suspense>
  );
}
