import { useState, type CSSProperties } from 'react';
import { Select } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { catalogKeys, getItem, searchItems, type CatalogItem } from '../api.ts';

export interface ItemSelectProps {
  value?: string | null;
  /** The picked item comes with its units and prices (loaded once, then cached). */
  onChange?: (value: string | null, item: CatalogItem | null) => void;
  /** Shown for the current value before any search (e.g. "M001 A4 复印纸"). */
  initialLabel?: string | null;
  /** Only stocked items (receipts, counts) — services never move stock. */
  stockedOnly?: boolean;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  testId?: string;
  style?: CSSProperties;
}

/** Picks an enabled item by code, name, spec or barcode (server-side search; a scanner types the barcode). */
export function ItemSelect({ value, onChange, initialLabel, stockedOnly, placeholder, allowClear = true, disabled, testId, style }: ItemSelectProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [q, setQ] = useState('');
  const found = useQuery({
    queryKey: catalogKeys.itemSearch(q),
    queryFn: ({ signal }) => searchItems(q, signal),
    staleTime: 30_000,
  });
  const items = (found.data?.items ?? []).filter((i) => (i.enabled && (!stockedOnly || i.stocked)) || i.id === value);
  const options = items.map((i) => ({ value: i.id, label: `${i.code} ${i.name}${i.spec ? ` ${i.spec}` : ''}` }));
  if (value && initialLabel && !options.some((o) => o.value === value)) options.unshift({ value, label: initialLabel });

  const pick = async (id: string | undefined) => {
    if (!id) {
      onChange?.(null, null);
      return;
    }
    // List rows already carry units and prices; the detail is fetched only for the initial value.
    const listed = items.find((i) => i.id === id);
    if (listed) queryClient.setQueryData(catalogKeys.item(id), listed);
    const item = listed ?? await queryClient.fetchQuery({ queryKey: catalogKeys.item(id), queryFn: () => getItem(id), staleTime: 60_000 });
    onChange?.(id, item ?? null);
  };

  return (
    <Select
      value={value ?? undefined}
      onChange={(v: string | undefined) => void pick(v)}
      options={options}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear={allowClear}
      disabled={disabled}
      loading={found.isFetching}
      placeholder={placeholder ?? t('catalog.itemSelect.placeholder')}
      popupMatchSelectWidth={false}
      style={{ width: '100%', ...style }}
      data-testid={testId}
    />
  );
}
