import ExcelJS from 'exceljs';
import type { SpreadsheetImportError } from '@triad/contracts';
import { errorMessage } from '../../../../platform/http/index.ts';
import type { Locale, Localized } from '../../../../platform/i18n/index.ts';
import { importErrors } from '../../domain/import-errors.ts';
import { zipUncompressedSize } from './zip-size.ts';

/** Limits of one upload: beyond them the file is refused whole with a 413. */
export const importLimits = { maxBytes: 2 * 1024 * 1024, maxRows: 5000, maxUncompressedBytes: 64 * 1024 * 1024 } as const;

export interface ImportColumn<K extends string> {
  key: K;
  /** The header as it stands in row 1 of the template (e.g. 统一社会信用代码). */
  header: string;
  required?: boolean;
  width?: number;
}

export interface SheetRow<K extends string> {
  /** Row number as Excel shows it (the header is row 1). */
  rowNo: number;
  /** Trimmed cell texts; an empty cell is ''. */
  values: Record<K, string>;
}

/** A cell as text: numbers as typed, formulas by their result, rich text joined, dates as YYYY-MM-DD. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('').trim();
    if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
    if ('text' in value) return String(value.text).trim();
    if ('error' in value) return '';
    return '';
  }
  return String(value).trim();
}

/** One row-level problem in the caller's language; a `{ 'zh-CN', 'en-US' }` parameter is picked by locale. */
export function rowError(l: Locale, row: number, column: string | null, code: string, params?: Record<string, string | number | Localized>): SpreadsheetImportError {
  const picked = params && Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'object' ? v[l] : v]));
  return { row, column, code, message: errorMessage(code, l, picked) };
}

/**
 * Reads the first sheet of an uploaded .xlsx: checks size and row limits (413), finds the columns
 * by their headers in row 1 (any order; a missing required header is reported as a row-1 error),
 * and returns the non-blank rows as trimmed texts.
 */
export async function readImportSheet<K extends string>(contentBase64: string, columns: readonly ImportColumn<K>[], locale: Locale): Promise<{ rows: SheetRow<K>[]; errors: SpreadsheetImportError[] }> {
  const bytes = Buffer.from(contentBase64, 'base64');
  if (bytes.length > importLimits.maxBytes) throw importErrors['import.fileTooLarge']({ maxMb: 2 }, { bytes: bytes.length, maxBytes: importLimits.maxBytes });
  const expanded = zipUncompressedSize(bytes);
  if (expanded === null) throw importErrors['import.unreadable']();
  if (expanded > importLimits.maxUncompressedBytes) throw importErrors['import.fileTooLarge']({ maxMb: 2 }, { uncompressedBytes: expanded });

  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw importErrors['import.unreadable']();
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw importErrors['import.unreadable']();
  if (sheet.actualRowCount - 1 > importLimits.maxRows) {
    throw importErrors['import.tooManyRows']({ maxRows: importLimits.maxRows }, { rows: sheet.actualRowCount - 1, maxRows: importLimits.maxRows });
  }

  const positions = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => { positions.set(cellText(cell.value), col); });
  const errors = columns
    .filter((c) => c.required && !positions.has(c.header))
    .map((c) => rowError(locale, 1, c.header, 'import.missingColumn', { column: c.header }));
  if (errors.length) return { rows: [], errors };

  const rows: SheetRow<K>[] = [];
  sheet.eachRow((row, rowNo) => {
    if (rowNo === 1) return;
    const values = {} as Record<K, string>;
    for (const c of columns) {
      const col = positions.get(c.header);
      values[c.key] = col ? cellText(row.getCell(col).value) : '';
    }
    if (Object.values<string>(values).some((v) => v !== '')) rows.push({ rowNo, values });
  });
  if (rows.length > importLimits.maxRows) throw importErrors['import.tooManyRows']({ maxRows: importLimits.maxRows }, { rows: rows.length, maxRows: importLimits.maxRows });
  return { rows, errors: [] };
}

/**
 * An empty import template: the headers in row 1 (required ones marked bold), text format so codes
 * keep their leading zeros, and a second sheet 填写说明 with an example row per column.
 */
export async function importTemplate(sheetName: string, columns: readonly (ImportColumn<string> & { example: string; note?: string })[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? Math.max(12, c.header.length * 3), style: { numFmt: '@' } }));
  sheet.getRow(1).eachCell((cell, col) => { cell.font = { bold: columns[col - 1]?.required ?? false }; });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const help = workbook.addWorksheet('填写说明');
  help.columns = [{ header: '列', width: 20 }, { header: '必填', width: 8 }, { header: '示例', width: 28 }, { header: '说明', width: 60 }];
  for (const c of columns) help.addRow([c.header, c.required ? '是' : '', c.example, c.note ?? '']);
  help.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** 是/否 cells: 是, Y, yes, true, 1, √ mean yes; 否, N, no, false, 0 mean no; blank is null. */
export function parseYesNo(text: string): boolean | null | 'invalid' {
  const v = text.trim().toLowerCase();
  if (v === '') return null;
  if (['是', 'y', 'yes', 'true', '1', '√', '✓'].includes(v)) return true;
  if (['否', 'n', 'no', 'false', '0', '×', 'x'].includes(v)) return false;
  return 'invalid';
}
