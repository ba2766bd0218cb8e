import { useMemo, useState, type CSSProperties } from 'react';
import { DatePicker, Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { listAccounts, reportKeys, searchPartners } from '../api.ts';
import { periodMonth, periodOf, periodYear, type Period } from './period.ts';

const toDayjs = (period: Period): Dayjs => dayjs(new Date(periodYear(period), periodMonth(period) - 1, 1));
const toPeriod = (d: Dayjs): Period => periodOf(d.year(), d.month() + 1);

export function PeriodPicker({ value, onChange, testId }: { value: Period; onChange: (p: Period) => void; testId?: string }) {
  return (
    <DatePicker
      picker="month"
      allowClear={false}
      value={toDayjs(value)}
      onChange={(d) => d && onChange(toPeriod(d))}
      format="YYYY-MM"
      data-testid={testId}
    />
  );
}

export function PeriodRangePicker({ from, to, onChange, testId }: { from: Period; to: Period; onChange: (from: Period, to: Period) => void; testId?: string }) {
  return (
    <DatePicker.RangePicker
      picker="month"
      allowClear={false}
      value={[toDayjs(from), toDayjs(to)]}
      onChange={(range) => {
        if (range?.[0] && range[1]) onChange(toPeriod(range[0]), toPeriod(range[1]));
      }}
      format="YYYY-MM"
      data-testid={testId}
    />
  );
}

export function YearPicker({ value, onChange, testId }: { value: number; onChange: (year: number) => void; testId?: string }) {
  return (
    <DatePicker
      picker="year"
      allowClear={false}
      value={dayjs(new Date(value, 0, 1))}
      onChange={(d) => d && onChange(d.year())}
      data-testid={testId}
    />
  );
}

export function useAccounts() {
  return useQuery({ queryKey: reportKeys.accounts, queryFn: listAccounts, staleTime: 5 * 60_000 });
}

/** Account picker by code or name; `leafOnly` for budgets (amounts are kept on leaf accounts). */
export function AccountSelect({ value, onChange, leafOnly, testId, style, excludeIds, placeholder }: {
  value?: string | null; onChange: (id: string | null) => void; leafOnly?: boolean; testId?: string; style?: CSSProperties; excludeIds?: readonly string[]; placeholder?: string;
}) {
  const { t } = useTranslation();
  const accounts = useAccounts();
  const options = useMemo(() => (accounts.data ?? [])
    .filter((a) => a.enabled && (!leafOnly || a.isLeaf) && !excludeIds?.includes(a.id))
    .map((a) => ({ value: a.id, label: `${a.code} ${a.name}` })), [accounts.data, leafOnly, excludeIds]);
  return (
    <Select
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange(v ?? null)}
      options={options}
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
      loading={accounts.isLoading}
      placeholder={placeholder ?? t('financeReports.common.selectAccount')}
      style={{ width: 260, ...style }}
      popupMatchSelectWidth={false}
      data-testid={testId}
    />
  );
}

/** 往来单位 filter of the detail ledger (server-side search). */
export function PartnerSelect({ value, onChange, testId }: { value?: string | null; onChange: (id: string | null) => void; testId?: string }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const partners = useQuery({ queryKey: reportKeys.partners(q), queryFn: () => searchPartners(q), staleTime: 30_000, retry: false, meta: { silent: true } });
  const options = (partners.data ?? []).map((p) => ({ value: p.id, label: `${p.code} ${p.name}` }));
  return (
    <Select
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange(v ?? null)}
      options={options}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      loading={partners.isFetching}
      placeholder={t('financeReports.common.allPartners')}
      style={{ width: 200 }}
      data-testid={testId}
    />
  );
}
