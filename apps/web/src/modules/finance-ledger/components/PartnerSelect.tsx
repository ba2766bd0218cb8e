import { useState } from 'react';
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { ledgerKeys, searchPartners } from '../api.ts';

interface Props {
  value?: string | null;
  onChange?: (value: string | null, label: string | null) => void;
  initialLabel?: string | null;
  placeholder?: string;
  testId?: string;
  status?: 'error';
}

/** 往来单位 picker over the partner master (server-side search by code or name). */
export function PartnerSelect({ value, onChange, initialLabel, placeholder, testId, status }: Props) {
  const [q, setQ] = useState('');
  // Silent: without the partner module the picker just stays empty instead of raising errors.
  const partners = useQuery({ queryKey: ledgerKeys.partners(q), queryFn: () => searchPartners(q), staleTime: 30_000, meta: { silent: true }, retry: false });
  const options = (partners.data ?? []).map((p) => ({ value: p.id, label: `${p.code} ${p.name}` }));
  if (value && initialLabel && !options.some((o) => o.value === value)) options.unshift({ value, label: initialLabel });
  return (
    <Select
      value={value ?? undefined}
      onChange={(id: string | undefined) => onChange?.(id ?? null, options.find((o) => o.value === id)?.label ?? null)}
      options={options}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      loading={partners.isFetching}
      placeholder={placeholder}
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
      status={status}
      data-testid={testId}
    />
  );
}
