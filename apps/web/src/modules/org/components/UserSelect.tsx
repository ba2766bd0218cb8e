import { useState, type CSSProperties } from 'react';
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { orgKeys, searchUsers } from '../api.ts';

interface Props {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** Shown for the current value before any search (the list may not contain it). */
  initialLabel?: string | null;
  /** A user cannot be their own superior. */
  excludeId?: string;
  placeholder?: string;
  testId?: string;
  style?: CSSProperties;
}

/** Picks an active user by name, login name or phone (server-side search). */
export function UserSelect({ value, onChange, initialLabel, excludeId, placeholder, testId, style }: Props) {
  const [q, setQ] = useState('');
  const users = useQuery({ queryKey: orgKeys.userSearch(q), queryFn: () => searchUsers(q), staleTime: 30_000 });
  const options = (users.data?.items ?? [])
    .filter((u) => u.id !== excludeId)
    .map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }));
  if (value && initialLabel && !options.some((o) => o.value === value)) options.unshift({ value, label: initialLabel });

  return (
    <Select
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      options={options}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      loading={users.isFetching}
      placeholder={placeholder}
      style={{ width: '100%', ...style }}
      data-testid={testId}
    />
  );
}
