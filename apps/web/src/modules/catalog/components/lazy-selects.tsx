import { lazy, Suspense, type ComponentProps, type CSSProperties, type ReactNode } from 'react';

// Lazy, so the shell (which loads this module's index for the menu) does not pull the selects in.
const LazyItemSelect = lazy(() => import('./ItemSelect.tsx').then((m) => ({ default: m.ItemSelect })));
const LazyUnitSelect = lazy(() => import('./UnitSelect.tsx').then((m) => ({ default: m.UnitSelect })));
const LazyWarehouseSelect = lazy(() => import('./WarehouseSelect.tsx').then((m) => ({ default: m.WarehouseSelect })));
const LazyCategoryTreeSelect = lazy(() => import('./CategoryTreeSelect.tsx').then((m) => ({ default: m.CategoryTreeSelect })));

function Placeholder({ style, children }: { style?: CSSProperties; children: ReactNode }) {
  return <Suspense fallback={<span style={{ display: 'inline-block', width: style?.width ?? '100%', height: 32 }} />}>{children}</Suspense>;
}

export function ItemSelectLazy(props: ComponentProps<typeof LazyItemSelect>) {
  return <Placeholder style={props.style}><LazyItemSelect {...props} /></Placeholder>;
}

export function UnitSelectLazy(props: ComponentProps<typeof LazyUnitSelect>) {
  return <Placeholder style={props.style}><LazyUnitSelect {...props} /></Placeholder>;
}

export function WarehouseSelectLazy(props: ComponentProps<typeof LazyWarehouseSelect>) {
  return <Placeholder style={props.style}><LazyWarehouseSelect {...props} /></Placeholder>;
}

export function CategoryTreeSelectLazy(props: ComponentProps<typeof LazyCategoryTreeSelect>) {
  return <Placeholder style={props.style}><LazyCategoryTreeSelect {...props} /></Placeholder>;
}
