import type { ApprovalDefinition, FieldPermission, FormSchema, FormValues } from './contracts.ts';
import { indexDefinition } from './definition-index.ts';
import type { InstanceState } from './instance-state.ts';

const rank: Record<FieldPermission, number> = { hidden: 0, read: 1, edit: 2 };

/**
 * 节点字段权限: what a node's people may do with each field. Approvers and CC recipients read
 * everything unless a field is hidden or made editable; the initiator edits everything at
 * submit unless the start node says otherwise. Computed fields are never editable.
 */
export function fieldAccess(definition: ApprovalDefinition, formSchema: FormSchema, nodeId: string): Record<string, FieldPermission> {
  const isStart = nodeId === definition.start.id;
  const node = isStart ? undefined : indexDefinition(definition).node(nodeId)?.node;
  const explicit = isStart ? definition.start.fieldPermissions : node?.type === 'approver' || node?.type === 'cc' ? node.fieldPermissions : undefined;
  const out: Record<string, FieldPermission> = {};
  for (const field of formSchema.fields) {
    const computed = (field.type === 'number' || field.type === 'money') && field.compute !== undefined;
    const access = explicit?.[field.key] ?? (isStart ? 'edit' : 'read');
    out[field.key] = computed && access === 'edit' ? 'read' : access;
  }
  return out;
}

/**
 * The form as one viewer may see it: the initiator sees all; anyone else sees what the most
 * permissive of their nodes (tasks they held, CC nodes that named them) allows.
 */
export function visibleForm(state: InstanceState, viewerId: string): FormValues {
  if (viewerId === state.initiator.userId) return { ...state.form };
  const nodeIds = new Set(state.tasks.filter((t) => t.assigneeId === viewerId || t.onBehalfOf === viewerId).map((t) => t.nodeId));
  for (const entry of state.history) if (entry.action === 'cc' && entry.nodeId && entry.userIds.includes(viewerId)) nodeIds.add(entry.nodeId);
  const best: Record<string, FieldPermission> = {};
  for (const nodeId of nodeIds) {
    for (const [key, access] of Object.entries(fieldAccess(state.definition, state.formSchema, nodeId))) {
      if (best[key] === undefined || rank[access] > rank[best[key]]) best[key] = access;
    }
  }
  return Object.fromEntries(Object.entries(state.form).filter(([key]) => best[key] !== undefined && best[key] !== 'hidden'));
}
