import type { CSSProperties } from 'react';
import { TreeSelect } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { catalogKeys, listCategories } from '../api.ts';
import { buildCategoryTree, subtreeIds, type CategoryNode } from '../category-tree.ts';

export interface CategoryTreeSelectProps {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** Hides this category and its subtree (choosing a parent for it). */
  excludeId?: string;
  allowClear?: boolean;
  placeholder?: string;
  testId?: string;
  style?: CSSProperties;
}

interface TreeOption { value: string; title: string; disabled?: boolean; children?: TreeOption[] }

function toOptions(nodes: CategoryNode[], hidden: Set<string>, current: string | null | undefined): TreeOption[] {
  return nodes
    .filter((n) => !hidden.has(n.id))
    .map((n) => ({
      value: n.id,
      title: `${n.code} ${n.name}`,
      // A disabled category keeps its items but takes no new ones.
      disabled: !n.enabled && n.id !== current,
      children: n.children ? toOptions(n.children, hidden, current) : undefined,
    }));
}

/** 物料分类 as a tree. */
export function CategoryTreeSelect({ value, onChange, excludeId, allowClear, placeholder, testId, style }: CategoryTreeSelectProps) {
  const { t } = useTranslation();
  const categories = useQuery({ queryKey: catalogKeys.categories, queryFn: listCategories, staleTime: 60_000 });
  const list = categories.data ?? [];
  const hidden = excludeId ? subtreeIds(list, excludeId) : new Set<string>();
  return (
    <TreeSelect
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      treeData={toOptions(buildCategoryTree(list), hidden, value)}
      treeDefaultExpandAll
      showSearch={{ treeNodeFilterProp: 'title' }}
      allowClear={allowClear}
      loading={categories.isPending}
      placeholder={placeholder ?? t('catalog.categories.selectPlaceholder')}
      style={{ width: '100%', ...style }}
      data-testid={testId}
    />
  );
}
