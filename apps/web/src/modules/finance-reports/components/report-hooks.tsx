import { useCallback } from 'react';
import type { TableColumnType as ColumnType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { BalanceDirection, LocalizedLabel } from '../api.ts';
import { Money } from './Money.tsx';
import { periodMonth, periodRangeText, periodYear, type Period } from './period.ts';

/** Period labels in the UI language: 2026年11月 / 2026-11. */
export function usePeriodText() {
  const { t } = useTranslation();
  const one = useCallback((p: Period) => t('financeReports.common.periodFormat', { year: periodYear(p), month: periodMonth(p), mm: String(periodMonth(p)).padStart(2, '0') }), [t]);
  const range = useCallback((from: Period, to: Period) => periodRangeText(from, to, one, t('financeReports.common.rangeJoiner')), [one, t]);
  return { one, range };
}

/** Filters live in the URL so a report can be bookmarked, reloaded and linked to (drill-down). */
export function useReportParams() {
  const [params, setParams] = useSearchParams();
  const update = useCallback((patch: Record<string, string | number | boolean | null | undefined>) => {
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(patch)) {
        if (value === null || value === undefined || value === '') next.delete(key);
        else next.set(key, String(value));
      }
      return next;
    }, { replace: true });
  }, [setParams]);
  return { params, update };
}

export function useDirectionText() {
  const { t } = useTranslation();
  return useCallback((d: BalanceDirection) => t(`financeReports.common.${d}`), [t]);
}

/** Statement labels come from the server in both languages. */
export function useLabel() {
  const { i18n } = useTranslation();
  return useCallback((label: LocalizedLabel) => (i18n.language === 'en-US' ? label['en-US'] : label['zh-CN']), [i18n.language]);
}

export function moneyColumn<T>(key: string, title: string, get: (row: T) => string | null | undefined, options: { blankZero?: boolean; width?: number } = {}): ColumnType<T> {
  return {
    key,
    title,
    align: 'right',
    width: options.width ?? 130,
    render: (_: unknown, row: T) => <Money value={get(row)} blankZero={options.blankZero} />,
  };
}
