import { AutoComplete } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { RoleList } from '@triad/contracts';
import { api } from '../../../app/api/index.ts';

interface Props { value: string; onChange: (code: string) => void; testId?: string }

/**
 * A role code, suggested from the company's roles when the designer may read them (org.role.read);
 * otherwise typed, since definitions name roles by their stable code (gm, finance).
 */
export function RoleCodeInput({ value, onChange, testId }: Props) {
  const roles = useQuery({
    queryKey: ['approval', 'roles'],
    queryFn: async () => (await api.get<RoleList>('/api/v1/org/roles')).items,
    retry: false,
    staleTime: 300_000,
  });
  const options = (roles.data ?? []).map((r) => ({ value: r.code, label: `${r.name} (${r.code})` }));
  return (
    <AutoComplete
      value={value}
      options={options}
      onChange={(v: string) => onChange(v.trim())}
      filterOption={(input, option) => (option?.label ?? '').toLowerCase().includes(input.toLowerCase())}
      style={{ width: '100%' }}
      data-testid={testId}
    />
  );
}
