import type { TFunction } from 'i18next';
import type { ApproverSource, ConditionExpr, FlowNode } from '@triad/contracts';
import { isConditionLeaf } from '@triad/contracts';

/** One line under a node card saying who approves, as DingTalk does ("部门主管 · 或签"). */
export function sourceSummary(source: ApproverSource, t: TFunction): string {
  switch (source.kind) {
    case 'users': return `${t('approval.node.sourceKind.users')} · ${t('approval.node.summaryUsers', { count: source.userIds.length })}`;
    case 'role': return t('approval.node.summaryRole', { role: source.roleCode || t('approval.designer.notSet') });
    case 'initiatorDepartmentHead': return t('approval.node.summaryLevel', { level: source.level });
    case 'superiors': return t('approval.node.summaryLevels', { levels: source.levels ?? '-' }) + (source.untilRoleCode ? ` / ${source.untilRoleCode}` : '');
    case 'departmentHead': return t('approval.node.sourceKind.departmentHead');
    case 'initiatorChoice': return t('approval.node.sourceKind.initiatorChoice');
    case 'formField': return `${t('approval.node.sourceKind.formField')} · ${source.fieldKey}`;
  }
}

export function nodeSummary(node: FlowNode, t: TFunction): string {
  if (node.type === 'approver') return `${sourceSummary(node.source, t)} · ${t(`approval.mode.${node.mode}`)}`;
  if (node.type === 'cc') return node.sources.length === 0 ? t('approval.designer.notSet') : node.sources.map((s) => sourceSummary(s, t)).join('；');
  return '';
}

export function countLeaves(expr: ConditionExpr | undefined): number {
  if (!expr) return 0;
  if (isConditionLeaf(expr)) return 1;
  const list = 'all' in expr ? expr.all : expr.any;
  return list.reduce((n, e) => n + countLeaves(e), 0);
}
