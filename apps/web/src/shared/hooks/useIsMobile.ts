import { Grid } from 'antd';

/** Phone width (below antd's `md`, 768 px): drawers instead of siders, stacked forms. */
export function useIsMobile(): boolean {
  const screens = Grid.useBreakpoint();
  // Before the first measurement every breakpoint is undefined; assume desktop to avoid a flash.
  if (screens.md === undefined) return false;
  return !screens.md;
}
