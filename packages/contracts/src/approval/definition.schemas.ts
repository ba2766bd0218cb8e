import { z } from 'zod';
import { conditionExpr, type ConditionExpr } from './condition.schemas.ts';
import { fieldPermissions, formFieldKey, formSchema, type FieldPermission } from './form.schemas.ts';

/**
 * An approval definition (审批流程定义), DingTalk style: a start node, then a chain of nodes in
 * which condition and parallel nodes hold branches that are chains themselves; the end is
 * implicit after the last node. Each published edit is a new version; running instances keep
 * the version they started with.
 */
export const approvalNodeId = z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/, 'letters, digits, _ and - only');
/** Ids of users and departments (UUIDs in the database; any stable key in fixtures). */
export const approvalOrgRef = z.string().min(1).max(64);
/** Role codes are stable per company (`gm`, `finance`), so seeded definitions can name them. */
const roleRef = z.string().min(1).max(64);

/** Who approves (审批人来源). */
export const approverSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('users'), userIds: z.array(approvalOrgRef).max(100) }),
  z.object({ kind: z.literal('role'), roleCode: roleRef }),
  /** 部门主管: level 1 = head of the initiator's department, 2 = the next head above, … */
  z.object({ kind: z.literal('initiatorDepartmentHead'), level: z.number().int() }),
  /** 逐级审批: the initiator's superiors one by one, up to N levels or up to a holder of a role. */
  z.object({ kind: z.literal('superiors'), levels: z.number().int().optional(), untilRoleCode: roleRef.optional() }),
  /** Head of a named department (e.g. 财务部负责人). */
  z.object({ kind: z.literal('departmentHead'), departmentId: approvalOrgRef }),
  /** 发起人自选: the initiator picks at submit, optionally among candidates. */
  z.object({
    kind: z.literal('initiatorChoice'),
    multiple: z.boolean(),
    candidateUserIds: z.array(approvalOrgRef).max(200).optional(),
    candidateRoleCode: roleRef.optional(),
  }),
  /** A user field of the form (e.g. "项目负责人"). */
  z.object({ kind: z.literal('formField'), fieldKey: formFieldKey }),
]);
export type ApproverSource = z.infer<typeof approverSource>;
export type ApproverSourceKind = ApproverSource['kind'];

/** 会签 all must approve · 或签 the first approval decides · 依次 one after another. */
export const approvalMode = z.enum(['all', 'any', 'sequence']);
export type ApprovalMode = z.infer<typeof approvalMode>;

/** When no approver is found: pass on, hand to the administrators, or refuse. */
export const emptyApproverRule = z.enum(['autoPass', 'toAdmin', 'reject']);
export type EmptyApproverRule = z.infer<typeof emptyApproverRule>;

export const timeoutAction = z.enum(['escalate', 'autoApprove', 'autoReject']);
export type TimeoutAction = z.infer<typeof timeoutAction>;

/** 超时: remind after some hours, then (optionally) escalate to the superior or decide. */
export const nodeTimeout = z.object({
  remindAfterHours: z.number().optional(),
  action: z.object({ kind: timeoutAction, afterHours: z.number() }).optional(),
});
export type NodeTimeout = z.infer<typeof nodeTimeout>;

export interface ApproverNode {
  id: string;
  type: 'approver';
  name: string;
  source: ApproverSource;
  mode: ApprovalMode;
  /** Overrides the definition's default rule. */
  emptyApprover?: EmptyApproverRule;
  fieldPermissions?: Record<string, FieldPermission>;
  timeout?: NodeTimeout;
}
export interface CcNode {
  id: string;
  type: 'cc';
  name: string;
  sources: ApproverSource[];
  fieldPermissions?: Record<string, FieldPermission>;
}
export interface ConditionBranch {
  id: string;
  name: string;
  /** Taken when no other branch matches; exactly one per condition node. */
  isDefault?: boolean;
  condition?: ConditionExpr;
  nodes: FlowNode[];
}
export interface ConditionNode { id: string; type: 'condition'; name: string; branches: ConditionBranch[] }
export interface ParallelBranch { id: string; name: string; nodes: FlowNode[] }
export interface ParallelNode { id: string; type: 'parallel'; name: string; branches: ParallelBranch[] }
export type FlowNode = ApproverNode | CcNode | ConditionNode | ParallelNode;
export type FlowNodeType = FlowNode['type'];

const nodeName = z.string().trim().min(1).max(60);

export const approverNode = z.object({
  id: approvalNodeId, type: z.literal('approver'), name: nodeName, source: approverSource, mode: approvalMode,
  emptyApprover: emptyApproverRule.optional(),
  fieldPermissions: fieldPermissions.optional(),
  timeout: nodeTimeout.optional(),
});
export const ccNode = z.object({
  id: approvalNodeId, type: z.literal('cc'), name: nodeName, sources: z.array(approverSource).max(20),
  fieldPermissions: fieldPermissions.optional(),
});

export const flowNode: z.ZodType<FlowNode> = z.lazy(() =>
  z.discriminatedUnion('type', [
    approverNode,
    ccNode,
    z.object({
      id: approvalNodeId, type: z.literal('condition'), name: nodeName,
      branches: z.array(z.object({
        id: approvalNodeId, name: nodeName, isDefault: z.boolean().optional(),
        condition: conditionExpr.optional(), nodes: z.array(flowNode).max(100),
      })).max(20),
    }),
    z.object({
      id: approvalNodeId, type: z.literal('parallel'), name: nodeName,
      branches: z.array(z.object({ id: approvalNodeId, name: nodeName, nodes: z.array(flowNode).max(100) })).max(20),
    }),
  ]),
);

/** Who may submit this request type; empty or absent = everyone in the company. */
export const initiatorScope = z.object({
  userIds: z.array(approvalOrgRef).max(500).optional(),
  departmentIds: z.array(approvalOrgRef).max(200).optional(),
  roleCodes: z.array(roleRef).max(50).optional(),
});
export type InitiatorScope = z.infer<typeof initiatorScope>;

export const startNode = z.object({
  id: approvalNodeId, type: z.literal('start'), name: nodeName,
  initiators: initiatorScope.optional(),
  /** What the initiator may fill in; fields not listed are editable at submit. */
  fieldPermissions: fieldPermissions.optional(),
});
export type StartNode = z.infer<typeof startNode>;

export const definitionSettings = z.object({
  emptyApprover: emptyApproverRule.default('toAdmin'),
  /** The initiator is one of the approvers: skip them, let them approve, or ask their superior. */
  initiatorIsApprover: z.enum(['skip', 'selfApprove', 'toSuperior']).default('skip'),
  /** 去重: someone who just approved the previous node approves once, not twice in a row. */
  dedupeApprovers: z.enum(['none', 'consecutive']).default('consecutive'),
  /** 催办 at most once per task per this many minutes. */
  urgeIntervalMinutes: z.number().int().min(1).max(1440).default(30),
});
export type DefinitionSettings = z.infer<typeof definitionSettings>;

export const approvalDefinition = z.object({
  schemaVersion: z.literal(1),
  settings: definitionSettings,
  start: startNode,
  nodes: z.array(flowNode).max(100),
});
export type ApprovalDefinition = z.infer<typeof approvalDefinition>;
export type ApprovalDefinitionInput = z.input<typeof approvalDefinition>;

/** A request type (请假, 报销, …): its form and its flow, published together as one version. */
export const requestTypeDefinition = z.object({
  code: z.string().regex(/^[a-z][a-zA-Z0-9]{1,39}$/),
  name: z.string().trim().min(1).max(60),
  nameEn: z.string().trim().max(60),
  category: z.enum(['hr', 'finance', 'procurement', 'admin', 'general']),
  formSchema,
  definition: approvalDefinition,
});
export type RequestTypeDefinition = z.infer<typeof requestTypeDefinition>;
