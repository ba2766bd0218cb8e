import { Badge } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { approvalKeys, getInboxCounts } from '../api.ts';

/** The to-do count beside the 审批 menu entry (refreshed every minute and after each action). */
export function TodoBadge() {
  const counts = useQuery({ queryKey: approvalKeys.counts, queryFn: getInboxCounts, refetchInterval: 60_000, staleTime: 30_000 });
  return <Badge count={counts.data?.todo ?? 0} size="small" offset={[6, 0]} data-testid="approval-todo-badge" />;
}
