import { Select } from 'antd';
import { useProjects } from '../hooks.ts';

interface Props {
  value?: string | null;
  onChange?: (value: string | null) => void;
  placeholder?: string;
  testId?: string;
  status?: 'error';
}

/** 项目 picker over the finance projects (a short list, filtered locally). */
export function ProjectSelect({ value, onChange, placeholder, testId, status }: Props) {
  const projects = useProjects();
  const options = (projects.data ?? []).filter((p) => p.enabled || p.id === value).map((p) => ({ value: p.id, label: `${p.code} ${p.name}` }));
  return (
    <Select
      value={value ?? undefined}
      onChange={(id: string | undefined) => onChange?.(id ?? null)}
      options={options}
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
      loading={projects.isPending}
      placeholder={placeholder}
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
      status={status}
      data-testid={testId}
    />
  );
}
