/**
 * Keyboard flow of the voucher grid (财务软件 habit): Enter moves to the next cell like Tab, so
 * an accountant types a whole voucher without the mouse. Cells are marked with data-grid-cell.
 */
function cellsOf(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('[data-grid-cell]'));
}

function focusCell(cell: HTMLElement | undefined): boolean {
  const target = cell?.querySelector<HTMLElement>('input:not([disabled]), textarea:not([disabled])');
  if (!target) return false;
  target.focus();
  if (target instanceof HTMLInputElement && target.type === 'text') target.select();
  return true;
}

/** Focuses the cell after the one containing `from`; false when `from` is the last cell. */
export function focusNextCell(root: HTMLElement | null, from: Element | null): boolean {
  if (!root || !from) return false;
  const cells = cellsOf(root);
  const current = from.closest('[data-grid-cell]');
  const index = cells.findIndex((c) => c === current);
  if (index < 0) return false;
  return focusCell(cells[index + 1]);
}

/** Focuses the first cell of grid row `row` (after a new line was added). */
export function focusRowStart(root: HTMLElement | null, row: number): void {
  const cell = root?.querySelector<HTMLElement>(`[data-grid-row="${row}"] [data-grid-cell]`);
  if (cell) focusCell(cell);
}
