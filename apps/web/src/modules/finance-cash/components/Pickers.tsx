import type { CSSProperties } from 'react';
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { financeCashKeys, listCashAccounts, listLedgerAccounts, type ArapKind, type Direction, type LedgerAccount } from '../api.ts';
import { categoriesFor, rateLabel, vatRates } from '../categories.ts';

interface BaseProps {
  value?: string | null;
  onChange?: (value: string | null) => void;
  testId?: string;
  style?: CSSProperties;
  disabled?: boolean;
}

/**
 * Revenue lines of a receivable go to income accounts (profit-and-loss, credit side); lines of a
 * payable go to expense or cost accounts, or to inventory / fixed assets bought on credit. Only
 * enabled leaf accounts can take postings.
 */
function fitsKind(account: LedgerAccount, kind: ArapKind): boolean {
  if (!account.isLeaf || !account.enabled) return false;
  if (kind === 'receivable') return account.category === 'profitLoss' && account.direction === 'credit';
  const boughtAsset = account.category === 'asset' && (account.code.startsWith('140') || account.code.startsWith('1601'));
  return boughtAsset || account.category === 'cost' || (account.category === 'profitLoss' && account.direction === 'debit');
}

/** Accounts that need a department on every line (辅助核算: 部门), e.g. 6601 销售费用, 6602 管理费用. */
export function useDepartmentAccounts(): Set<string> {
  const accounts = useQuery({ queryKey: financeCashKeys.accounts, queryFn: listLedgerAccounts, staleTime: 300_000 });
  return new Set((accounts.data ?? []).filter((a) => a.dimensions.includes('department')).map((a) => a.id));
}

export function LedgerAccountSelect({ kind, value, onChange, testId, style, disabled }: BaseProps & { kind: ArapKind }) {
  const accounts = useQuery({ queryKey: financeCashKeys.accounts, queryFn: listLedgerAccounts, staleTime: 300_000 });
  const options = (accounts.data ?? []).filter((a) => fitsKind(a, kind)).map((a) => ({ value: a.id, label: `${a.code} ${a.name}` }));
  return (
    <Select
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      options={options}
      showSearch={{ optionFilterProp: 'label' }}
      loading={accounts.isPending}
      disabled={disabled}
      style={{ width: '100%', ...style }}
      popupMatchSelectWidth={false}
      data-testid={testId}
    />
  );
}

export function CashAccountSelect({ value, onChange, testId, style, disabled, allowClear }: BaseProps & { allowClear?: boolean }) {
  const accounts = useQuery({ queryKey: financeCashKeys.cashAccounts, queryFn: listCashAccounts });
  const options = (accounts.data ?? []).filter((a) => a.enabled || a.id === value).map((a) => ({ value: a.id, label: a.accountNo ? `${a.name} (${a.accountNo.replace(/\s/g, '').slice(-4)})` : a.name }));
  return (
    <Select
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      options={options}
      allowClear={allowClear}
      loading={accounts.isPending}
      disabled={disabled}
      style={{ width: '100%', ...style }}
      data-testid={testId}
    />
  );
}

export function CashFlowCategorySelect({ direction, value, onChange, testId, style }: BaseProps & { direction: Direction }) {
  const { t } = useTranslation();
  const options = categoriesFor(direction).map((c) => ({ value: c, label: t(`financeCash.cashFlowCategories.${c}`) }));
  return (
    <Select value={value ?? undefined} onChange={(v: string) => onChange?.(v)} options={options} style={{ width: '100%', ...style }} popupMatchSelectWidth={false} data-testid={testId} />
  );
}

export function TaxRateSelect({ value, onChange, testId, style }: BaseProps) {
  return (
    <Select value={value ?? undefined} onChange={(v: string) => onChange?.(v)} options={vatRates.map((r) => ({ value: r, label: rateLabel(r) }))} style={{ width: 84, ...style }} data-testid={testId} />
  );
}
