import { moneyToNumber } from './money.ts';

/**
 * A report as a printable grid, independent of antd and exceljs: the pages describe their layout
 * once and the Excel export keeps it (grouped headers, indentation, total rows).
 */
export type CellKind = 'text' | 'money' | 'integer' | 'percent';

export interface ReportColumn {
  key: string;
  header: string;
  /** Columns with the same consecutive group share a merged header cell above their own. */
  group?: string;
  kind: CellKind;
  /** Excel width in characters. */
  width?: number;
}

export type ReportCell = string | number | null | undefined;

export interface ReportRow {
  cells: Record<string, ReportCell>;
  style?: 'normal' | 'heading' | 'subtotal' | 'total';
  /** Indentation level of the first text column (account levels, statement sub-items). */
  indent?: number;
}

export interface ReportSheet {
  fileName: string;
  sheetName: string;
  title: string;
  /** "编制单位：…" line, already in the UI language. */
  company: string;
  periodText: string;
  /** "单位：元", printed after the period. */
  unit?: string;
  columns: ReportColumn[];
  rows: ReportRow[];
  /** Free text lines after the table (e.g. "not balanced" warnings). */
  notes?: string[];
}

/** 1-based inclusive cell range for a merge: [top, left, bottom, right]. */
export type MergeRange = [number, number, number, number];

export interface HeaderLayout {
  rows: string[][];
  merges: MergeRange[];
}

/**
 * Header rows starting at sheet row `firstRow`. Without groups there is one row; with groups there
 * are two: the group caption merged across its columns, and ungrouped columns merged vertically.
 */
export function buildHeaderLayout(columns: readonly ReportColumn[], firstRow: number): HeaderLayout {
  const grouped = columns.some((c) => c.group);
  if (!grouped) return { rows: [columns.map((c) => c.header)], merges: [] };
  const top: string[] = [];
  const bottom: string[] = [];
  const merges: MergeRange[] = [];
  let i = 0;
  while (i < columns.length) {
    const column = columns[i] as ReportColumn;
    const col = i + 1;
    if (!column.group) {
      top.push(column.header);
      bottom.push('');
      merges.push([firstRow, col, firstRow + 1, col]);
      i += 1;
      continue;
    }
    let end = i;
    while (end + 1 < columns.length && columns[end + 1]?.group === column.group) end += 1;
    for (let k = i; k <= end; k += 1) {
      top.push(k === i ? column.group : '');
      bottom.push(columns[k]?.header ?? '');
    }
    if (end > i) merges.push([firstRow, col, firstRow, end + 1]);
    i = end + 1;
  }
  return { rows: [top, bottom], merges };
}

/** The value an Excel cell gets: money as a number (the cell format shows 2 decimals). */
export function excelValue(kind: CellKind, value: ReportCell): string | number | null {
  if (value === null || value === undefined || value === '') return null;
  if (kind === 'money') return moneyToNumber(value);
  if (kind === 'integer' || kind === 'percent') {
    const n = typeof value === 'number' ? value : Number(value);
    return Number.isFinite(n) ? n : String(value);
  }
  return String(value);
}

export const excelFormats: Record<CellKind, string | undefined> = {
  text: undefined,
  integer: '0',
  money: '#,##0.00;[Red]-#,##0.00',
  percent: '0.0%',
};

/** Safe file name: no path separators or characters Windows refuses. */
export function reportFileName(...parts: string[]): string {
  return `${parts.filter(Boolean).join('_').replace(/[\\/:*?"<>|\s]+/g, '-')}.xlsx`;
}

/** What the report chrome fills in for every export: title, company line, period, unit. */
export type ExportBase = Pick<ReportSheet, 'title' | 'company' | 'periodText' | 'unit'>;
