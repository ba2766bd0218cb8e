import { describe, expect, it } from 'vitest';
import { buildHeaderLayout, excelValue, reportFileName, type ReportColumn } from '../components/report-layout.ts';
import { currentPeriod, parsePeriod, periodDateRange, periodIso, periodRangeText } from '../components/period.ts';

const money = (key: string, header: string, group?: string): ReportColumn => ({ key, header, group, kind: 'money' });

describe('report header layout', () => {
  it('is a single row without groups', () => {
    expect(buildHeaderLayout([{ key: 'a', header: 'A', kind: 'text' }, money('b', 'B')], 3)).toEqual({ rows: [['A', 'B']], merges: [] });
  });

  it('merges group captions across their columns and ungrouped headers down two rows', () => {
    const layout = buildHeaderLayout([
      { key: 'code', header: '科目编码', kind: 'text' },
      { key: 'name', header: '科目名称', kind: 'text' },
      money('od', '借方', '期初余额'), money('oc', '贷方', '期初余额'),
      money('pd', '借方', '本期发生额'), money('pc', '贷方', '本期发生额'),
    ], 3);
    expect(layout.rows).toEqual([
      ['科目编码', '科目名称', '期初余额', '', '本期发生额', ''],
      ['', '', '借方', '贷方', '借方', '贷方'],
    ]);
    expect(layout.merges).toEqual([[3, 1, 4, 1], [3, 2, 4, 2], [3, 3, 3, 4], [3, 5, 3, 6]]);
  });

  it('does not merge a one-column group', () => {
    const layout = buildHeaderLayout([money('x', 'X', 'G')], 1);
    expect(layout.rows).toEqual([['G'], ['X']]);
    expect(layout.merges).toEqual([]);
  });
});

describe('report cells and names', () => {
  it('writes money as numbers and keeps blanks empty', () => {
    expect(excelValue('money', '1234.50')).toBe(1234.5);
    expect(excelValue('money', '')).toBeNull();
    expect(excelValue('integer', 12)).toBe(12);
    expect(excelValue('text', 3)).toBe('3');
  });

  it('makes safe file names', () => {
    expect(reportFileName('科目余额表', '2026-01', '2026-11')).toBe('科目余额表_2026-01_2026-11.xlsx');
    expect(reportFileName('a/b: c', '')).toBe('a-b-c.xlsx');
  });
});

describe('periods', () => {
  it('parses, formats and spans ranges', () => {
    expect(parsePeriod('202611', 1)).toBe(202611);
    expect(parsePeriod('202613', 202601)).toBe(202601);
    expect(parsePeriod(null, 202601)).toBe(202601);
    expect(periodIso(202603)).toBe('2026-03');
    expect(currentPeriod(new Date(2026, 10, 28))).toBe(202611);
    expect(periodRangeText(202611, 202601, periodIso)).toBe('2026-01 ~ 2026-11');
    expect(periodRangeText(202605, 202605, periodIso)).toBe('2026-05');
    expect(periodDateRange(202601, 202602)).toEqual({ start: '2026-01-01', end: '2026-02-28' });
  });
});
