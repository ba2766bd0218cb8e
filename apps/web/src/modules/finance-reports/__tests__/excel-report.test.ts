import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { buildReportWorkbook } from '../components/excel-report.ts';
import type { ReportSheet } from '../components/report-layout.ts';

const report: ReportSheet = {
  fileName: '科目余额表_2026-01_2026-11.xlsx',
  sheetName: '科目余额表',
  title: '科目余额表',
  company: '编制单位：示例科技有限公司',
  periodText: '2026年1月 至 2026年11月',
  unit: '单位：元',
  columns: [
    { key: 'code', header: '科目编码', kind: 'text' },
    { key: 'name', header: '科目名称', kind: 'text' },
    { key: 'periodDebit', header: '借方', group: '本期发生额', kind: 'money' },
    { key: 'periodCredit', header: '贷方', group: '本期发生额', kind: 'money' },
  ],
  rows: [
    { cells: { code: '2221', name: '应交税费', periodDebit: '0.00', periodCredit: '13000.00' }, style: 'subtotal' },
    { cells: { code: '22210102', name: '销项税额', periodDebit: '-5.5', periodCredit: '13000.00' }, indent: 2 },
    { cells: { code: '合计', periodDebit: '1234567.89', periodCredit: '1234567.89' }, style: 'total' },
  ],
  notes: ['备注'],
};

describe('report workbook', () => {
  it('keeps the report layout: title, company/period line, grouped headers, number cells', async () => {
    const buffer = await buildReportWorkbook(report);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('科目余额表');
    expect(sheet.getCell('A1').value).toBe('科目余额表');
    expect(sheet.getCell('A2').value).toBe('编制单位：示例科技有限公司');
    expect(sheet.getCell('C2').value).toBe('2026年1月 至 2026年11月    单位：元');
    expect(sheet.getCell('C3').value).toBe('本期发生额');
    expect(sheet.getCell('C4').value).toBe('借方');
    expect(sheet.getCell('D4').value).toBe('贷方');
    expect(sheet.model.merges).toEqual(expect.arrayContaining(['A1:D1', 'C3:D3', 'A3:A4', 'B3:B4']));
    expect(sheet.getCell('D5').value).toBe(13000);
    expect(sheet.getCell('D5').numFmt).toBe('#,##0.00;[Red]-#,##0.00');
    expect(sheet.getCell('C6').value).toBe(-5.5);
    expect(sheet.getCell('B6').alignment?.indent).toBe(2);
    expect(sheet.getCell('C7').value).toBe(1234567.89);
    expect(sheet.getCell('A7').font?.bold).toBe(true);
    expect(sheet.getCell('A8').value).toBe('备注');
  });
});
