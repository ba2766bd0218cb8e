import { useState, type CSSProperties } from 'react';
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { partnerKeys, searchPartners, type Partner, type PartnerRole } from '../api.ts';

export interface PartnerSelectProps {
  value?: string | null;
  onChange?: (value: string | null, partner: Partner | null) => void;
  /** Only customers or only suppliers (e.g. a payable needs a supplier). */
  role?: PartnerRole;
  /** Shown for the current value before any search (the first page may not contain it). */
  initialLabel?: string | null;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  testId?: string;
  style?: CSSProperties;
}

/** Picks an enabled partner by code, name or credit code (server-side search). */
export function PartnerSelect({ value, onChange, role, initialLabel, placeholder, allowClear = true, disabled, testId, style }: PartnerSelectProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const partners = useQuery({
    queryKey: partnerKeys.search(q, role),
    queryFn: ({ signal }) => searchPartners(q, role, signal),
    staleTime: 30_000,
  });
  const items = (partners.data?.items ?? []).filter((p) => p.enabled || p.id === value);
  const options = items.map((p) => ({ value: p.id, label: `${p.name} (${p.code})` }));
  if (value && initialLabel && !options.some((o) => o.value === value)) options.unshift({ value, label: initialLabel });

  return (
    <Select
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null, items.find((p) => p.id === v) ?? null)}
      options={options}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear={allowClear}
      disabled={disabled}
      loading={partners.isFetching}
      placeholder={placeholder ?? t('partners.selectPlaceholder')}
      style={{ width: '100%', ...style }}
      data-testid={testId}
    />
  );
}
