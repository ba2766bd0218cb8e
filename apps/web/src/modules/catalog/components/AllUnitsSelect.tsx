import type { CSSProperties } from 'react';
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { catalogKeys, listUnits } from '../api.ts';

interface Props {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** Units already used elsewhere on the item (its base unit in a conversion row). */
  exclude?: string[];
  allowClear?: boolean;
  testId?: string;
  style?: CSSProperties;
}

/** Any enabled unit of the company (an item's base unit, a conversion's unit). */
export function AllUnitsSelect({ value, onChange, exclude = [], allowClear, testId, style }: Props) {
  const units = useQuery({ queryKey: catalogKeys.units, queryFn: listUnits, staleTime: 60_000 });
  const options = (units.data ?? [])
    .filter((u) => (u.enabled && !exclude.includes(u.id)) || u.id === value)
    .map((u) => ({ value: u.id, label: u.name }));
  return (
    <Select
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      options={options}
      showSearch={{ optionFilterProp: 'label' }}
      allowClear={allowClear}
      loading={units.isPending}
      popupMatchSelectWidth={false}
      style={{ width: '100%', minWidth: 80, ...style }}
      data-testid={testId}
    />
  );
}
