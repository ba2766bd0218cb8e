import { TreeSelect } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useDepartments, type DepartmentNode } from '../hooks/useOrgData.ts';

interface TreeOption {
  value: string;
  title: ReactNode;
  disabled?: boolean;
  children?: TreeOption[];
}

function toOptions(nodes: DepartmentNode[], excluded: Set<string>): TreeOption[] {
  return nodes.map((n) => ({
    value: n.id,
    title: n.name,
    disabled: excluded.has(n.id),
    children: n.children ? toOptions(n.children, excluded) : undefined,
  }));
}

interface Props {
  value?: string | string[] | null;
  onChange?: (value: string | string[] | null) => void;
  multiple?: boolean;
  /** Departments that may not be chosen (a department and its own subtree, as a parent). */
  excluded?: Set<string>;
  placeholder?: string;
  style?: CSSProperties;
  testId?: string;
}

/** Department picker over the whole tree, searchable by name. */
export function DepartmentTreeSelect({ value, onChange, multiple, excluded, placeholder, style, testId }: Props) {
  const departments = useDepartments();
  return (
    <TreeSelect
      value={value ?? undefined}
      onChange={(v: string | string[] | undefined) => onChange?.(v ?? (multiple ? [] : null))}
      treeData={toOptions(departments.tree, excluded ?? new Set())}
      loading={departments.isPending}
      multiple={multiple}
      treeCheckable={multiple}
      showCheckedStrategy={multiple ? TreeSelect.SHOW_ALL : undefined}
      allowClear
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      placeholder={placeholder}
      style={{ width: '100%', ...style }}
      popupMatchSelectWidth={false}
      data-testid={testId}
    />
  );
}
