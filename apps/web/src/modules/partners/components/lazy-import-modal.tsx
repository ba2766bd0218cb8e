import { lazy, Suspense, type ComponentProps } from 'react';

// Lazy: the import dialog is opened rarely, and other modules (catalog) reuse it through the index.
const LazyImportModal = lazy(() => import('./SpreadsheetImportModal.tsx').then((m) => ({ default: m.SpreadsheetImportModal })));

export function SpreadsheetImportModalLazy(props: ComponentProps<typeof LazyImportModal>) {
  if (!props.open) return null;
  return (
    <Suspense fallback={null}>
      <LazyImportModal {...props} />
    </Suspense>
  );
}
