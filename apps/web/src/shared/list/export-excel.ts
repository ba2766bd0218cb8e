import type { CellValue, ListColumn, ListFetcher, ListQuery } from './list.types.ts';
import { readPath } from './list-fetchers.ts';

/** Loaded on first export only: exceljs is large and most visits never export. */
async function loadWorkbook() {
  const mod = await import('exceljs');
  const withDefault = mod as unknown as { default?: typeof mod };
  return withDefault.default?.Workbook ?? mod.Workbook;
}

function cellOf<T>(column: ListColumn<T>, row: T): CellValue {
  if (column.exportValue) return column.exportValue(row);
  const value = readPath(row, column.dataIndex ?? column.key);
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

/** Fetches every page of the current filter (up to `cap` rows) with the largest page size. */
export async function fetchAllRows<T>(fetcher: ListFetcher<T>, query: Omit<ListQuery, 'cursor' | 'limit'>, cap: number): Promise<{ rows: T[]; capped: boolean }> {
  const rows: T[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await fetcher({ ...query, cursor, limit: 200 });
    rows.push(...page.items);
    if (rows.length >= cap) return { rows: rows.slice(0, cap), capped: page.nextCursor !== null || rows.length > cap };
    if (!page.nextCursor) return { rows, capped: false };
    cursor = page.nextCursor;
  }
}

/** Writes the rows as an .xlsx in the browser and starts the download. */
export async function downloadExcel<T>(fileName: string, sheetName: string, columns: ListColumn<T>[], rows: T[]): Promise<void> {
  const Workbook = await loadWorkbook();
  const workbook = new Workbook();
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.columns = columns.map((c) => ({
    header: c.title,
    key: c.key,
    width: Math.min(60, Math.max(10, (c.width ?? c.title.length * 14) / 7)),
  }));
  for (const row of rows) {
    sheet.addRow(Object.fromEntries(columns.map((c) => [c.key, cellOf(c, row)])));
  }
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const buffer = await workbook.xlsx.writeBuffer();
  const blob = new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName.endsWith('.xlsx') ? fileName : `${fileName}.xlsx`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
