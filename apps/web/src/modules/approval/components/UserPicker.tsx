import { useState, type CSSProperties } from 'react';
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { approvalKeys, searchOrgUsers, type UserRef } from '../api.ts';

interface Props {
  value?: string[];
  onChange?: (value: string[]) => void;
  multiple?: boolean;
  /** Names of already chosen people (the search result may not contain them). */
  known?: UserRef[];
  /** Restricts the choice (发起人自选 among candidates). */
  candidateIds?: string[];
  disabled?: boolean;
  testId?: string;
  style?: CSSProperties;
}

/** Picks one or several active users by a server-side search of the directory. */
export function UserPicker({ value = [], onChange, multiple, known = [], candidateIds, disabled, testId, style }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [seen, setSeen] = useState<Record<string, string>>({});
  const users = useQuery({ queryKey: approvalKeys.users(q), queryFn: () => searchOrgUsers(q), staleTime: 30_000, enabled: !disabled });
  const found = (users.data ?? []).filter((u) => !candidateIds || candidateIds.length === 0 || candidateIds.includes(u.id));
  const labels: Record<string, string> = { ...seen };
  for (const u of known) labels[u.id] = u.displayName;
  for (const u of found) labels[u.id] = u.displayName;
  const options = found.map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }));
  for (const id of value) if (!options.some((o) => o.value === id)) options.unshift({ value: id, label: labels[id] ?? id });

  const emit = (ids: string[]) => {
    setSeen((prev) => ({ ...prev, ...Object.fromEntries(ids.filter((id) => labels[id]).map((id) => [id, labels[id] ?? id])) }));
    onChange?.(ids);
  };
  return (
    <Select
      mode={multiple ? 'multiple' : undefined}
      value={multiple ? value : value[0]}
      onChange={(v: string | string[] | undefined) => emit(Array.isArray(v) ? v : v ? [v] : [])}
      options={options}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      disabled={disabled}
      loading={users.isFetching}
      placeholder={t('approval.form.pickUser')}
      style={{ width: '100%', ...style }}
      data-testid={testId}
    />
  );
}
