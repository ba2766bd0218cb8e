import type { CSSProperties } from 'react';
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { catalogKeys, getItem, type CatalogItem, type ItemUnitOption } from '../api.ts';

export interface UnitSelectProps {
  /** The item whose base unit and conversions are offered; nothing to pick without it. */
  itemId?: string | null;
  value?: string | null;
  onChange?: (value: string | null, unit: ItemUnitOption | null) => void;
  disabled?: boolean;
  testId?: string;
  style?: CSSProperties;
}

/** The base unit first (factor 1), then the item's conversions (1 箱 = 24 个). */
export function unitOptionsOf(item: CatalogItem): ItemUnitOption[] {
  return [
    { unitId: item.baseUnitId, unitName: item.baseUnitName, factor: '1', isBase: true, precision: item.baseUnitPrecision },
    ...item.units.filter((u) => u.unitId !== item.baseUnitId).map((u) => ({ unitId: u.unitId, unitName: u.unitName, factor: u.factor, isBase: false, precision: u.precision })),
  ];
}

/** Trailing zeros of a factor are noise ("24.000000" → "24"). */
export function plainFactor(factor: string): string {
  return factor.includes('.') ? factor.replace(/\.?0+$/, '') : factor;
}

/** The units one item can be entered in. */
export function UnitSelect({ itemId, value, onChange, disabled, testId, style }: UnitSelectProps) {
  const item = useQuery({
    queryKey: catalogKeys.item(itemId ?? ''),
    queryFn: () => getItem(itemId ?? ''),
    enabled: Boolean(itemId),
    staleTime: 60_000,
  });
  const units = item.data ? unitOptionsOf(item.data) : [];
  const options = units.map((u) => ({
    value: u.unitId,
    label: u.isBase ? u.unitName : `${u.unitName} (=${plainFactor(u.factor)} ${item.data?.baseUnitName ?? ''})`,
  }));
  return (
    <Select
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null, units.find((u) => u.unitId === v) ?? null)}
      options={options}
      loading={item.isFetching}
      disabled={disabled || !itemId}
      popupMatchSelectWidth={false}
      style={{ width: '100%', minWidth: 80, ...style }}
      data-testid={testId}
    />
  );
}
