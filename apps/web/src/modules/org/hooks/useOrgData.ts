import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { listDepartments, listPositions, listRoles, orgKeys } from '../api.ts';
import { buildDepartmentTree } from './department-tree.ts';

export { buildDepartmentTree, descendantIds, type DepartmentNode } from './department-tree.ts';

export function useDepartments(enabled = true) {
  const query = useQuery({ queryKey: orgKeys.departments, queryFn: listDepartments, enabled, staleTime: 60_000 });
  const tree = useMemo(() => buildDepartmentTree(query.data ?? []), [query.data]);
  return { ...query, items: query.data ?? [], tree };
}

export function usePositions(enabled = true) {
  return useQuery({ queryKey: orgKeys.positions, queryFn: listPositions, enabled, staleTime: 60_000 });
}

export function useRoles(enabled = true) {
  return useQuery({ queryKey: orgKeys.roles, queryFn: listRoles, enabled, staleTime: 60_000 });
}
