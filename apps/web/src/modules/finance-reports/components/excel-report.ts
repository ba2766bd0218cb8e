import { buildHeaderLayout, excelFormats, excelValue, type ReportSheet } from './report-layout.ts';

/** Loaded on first export only: exceljs is large and most visits never export. */
async function loadWorkbook() {
  const mod = await import('exceljs');
  const withDefault = mod as unknown as { default?: typeof mod };
  return withDefault.default?.Workbook ?? mod.Workbook;
}

const thin = { style: 'thin' as const };
const border = { top: thin, left: thin, bottom: thin, right: thin };

/** Builds the .xlsx bytes of a report: title, company + period line, headers, rows with borders. */
export async function buildReportWorkbook(report: ReportSheet): Promise<ArrayBuffer> {
  const Workbook = await loadWorkbook();
  const workbook = new Workbook();
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(report.sheetName.slice(0, 31), { pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const width = report.columns.length;
  sheet.columns = report.columns.map((c) => ({ key: c.key, width: c.width ?? (c.kind === 'money' ? 16 : 14) }));

  sheet.getCell(1, 1).value = report.title;
  sheet.mergeCells(1, 1, 1, width);
  sheet.getRow(1).font = { bold: true, size: 16 };
  sheet.getRow(1).alignment = { horizontal: 'center' };
  sheet.getRow(1).height = 26;

  sheet.getCell(2, 1).value = report.company;
  const half = Math.max(1, Math.floor(width / 2));
  if (half > 1) sheet.mergeCells(2, 1, 2, half);
  sheet.getCell(2, half + 1).value = report.unit ? `${report.periodText}    ${report.unit}` : report.periodText;
  if (width > half + 1) sheet.mergeCells(2, half + 1, 2, width);
  sheet.getCell(2, half + 1).alignment = { horizontal: 'right' };

  const headerStart = 3;
  const header = buildHeaderLayout(report.columns, headerStart);
  header.rows.forEach((cells, r) => {
    const row = sheet.getRow(headerStart + r);
    cells.forEach((text, c) => {
      const cell = row.getCell(c + 1);
      cell.value = text;
      cell.font = { bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = border;
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
    });
  });
  for (const [top, left, bottom, right] of header.merges) sheet.mergeCells(top, left, bottom, right);

  let rowNumber = headerStart + header.rows.length;
  const bodyStart = rowNumber;
  for (const line of report.rows) {
    const row = sheet.getRow(rowNumber);
    report.columns.forEach((column, c) => {
      const cell = row.getCell(c + 1);
      cell.value = excelValue(column.kind, line.cells[column.key]);
      cell.border = border;
      const format = excelFormats[column.kind];
      if (format) cell.numFmt = format;
      if (column.kind === 'text' && c === firstTextColumn(report) && line.indent) cell.alignment = { indent: line.indent };
      if (column.kind !== 'text') cell.alignment = { horizontal: 'right' };
    });
    if (line.style === 'total' || line.style === 'subtotal' || line.style === 'heading') row.font = { bold: true };
    rowNumber += 1;
  }
  for (const note of report.notes ?? []) {
    sheet.getCell(rowNumber, 1).value = note;
    rowNumber += 1;
  }
  sheet.views = [{ state: 'frozen', ySplit: bodyStart - 1 }];
  return workbook.xlsx.writeBuffer() as Promise<ArrayBuffer>;
}

function firstTextColumn(report: ReportSheet): number {
  return Math.max(0, report.columns.findIndex((c) => c.kind === 'text' && c.key !== 'code'));
}

/** Writes the report as .xlsx in the browser and starts the download. */
export async function downloadReport(report: ReportSheet): Promise<void> {
  const buffer = await buildReportWorkbook(report);
  const blob = new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = report.fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
