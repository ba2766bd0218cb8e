import type { CSSProperties } from 'react';
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { catalogKeys, listWarehouses, type CatalogWarehouse } from '../api.ts';

export interface WarehouseSelectProps {
  value?: string | null;
  onChange?: (value: string | null, warehouse: CatalogWarehouse | null) => void;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  testId?: string;
  style?: CSSProperties;
}

/** Picks an enabled warehouse; the default warehouse is listed first. */
export function WarehouseSelect({ value, onChange, placeholder, allowClear, disabled, testId, style }: WarehouseSelectProps) {
  const { t } = useTranslation();
  const warehouses = useQuery({ queryKey: catalogKeys.warehouses, queryFn: listWarehouses, staleTime: 60_000 });
  const list = (warehouses.data ?? [])
    .filter((w) => w.enabled || w.id === value)
    .sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.code.localeCompare(b.code));
  const options = list.map((w) => ({ value: w.id, label: w.isDefault ? `${w.name} (${t('catalog.warehouses.defaultTag')})` : w.name }));
  return (
    <Select
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null, list.find((w) => w.id === v) ?? null)}
      options={options}
      showSearch={{ optionFilterProp: 'label' }}
      allowClear={allowClear}
      disabled={disabled}
      loading={warehouses.isPending}
      placeholder={placeholder ?? t('catalog.warehouses.selectPlaceholder')}
      style={{ width: '100%', ...style }}
      data-testid={testId}
    />
  );
}
