/**
 * What a designer sees when publishing is refused: one entry per problem, pointing at the node
 * (or form field) in both languages. `{name}` placeholders are filled from the issue's details.
 */
export const definitionIssueMessages = {
  FORM_DUPLICATE_KEY: ['字段标识“{key}”重复', 'Field key "{key}" is used twice'],
  FORM_SELECT_NO_OPTIONS: ['选择字段“{key}”没有选项', 'Select field "{key}" has no options'],
  FORM_DETAIL_NO_COLUMNS: ['明细字段“{key}”没有列', 'Detail field "{key}" has no columns'],
  FORM_COMPUTE_INVALID: ['字段“{key}”的自动计算引用了不存在或类型不符的字段', 'Field "{key}" computes from a missing or unsuitable field'],
  FORM_RANGE_INVALID: ['字段“{key}”的最小值大于最大值', 'Field "{key}" has a minimum above its maximum'],
  DUPLICATE_NODE_ID: ['节点标识“{id}”重复', 'Node id "{id}" is used twice'],
  TOO_MANY_NODES: ['流程节点过多（最多 {max} 个）', 'Too many nodes (at most {max})'],
  TOO_DEEP: ['分支嵌套过深（最多 {max} 层）', 'Branches are nested too deeply (at most {max} levels)'],
  NO_APPROVER_NODE: ['流程中至少需要一个审批人节点', 'The flow needs at least one approver node'],
  BRANCHES_TOO_FEW: ['“{name}”至少需要两个分支', '"{name}" needs at least two branches'],
  MISSING_DEFAULT_BRANCH: ['条件节点“{name}”缺少默认分支（其他情况）', 'Condition "{name}" has no default branch'],
  MULTIPLE_DEFAULT_BRANCHES: ['条件节点“{name}”只能有一个默认分支', 'Condition "{name}" has more than one default branch'],
  BRANCH_WITHOUT_CONDITION: ['分支“{name}”未设置条件', 'Branch "{name}" has no condition'],
  DEFAULT_BRANCH_WITH_CONDITION: ['默认分支“{name}”不能设置条件', 'Default branch "{name}" cannot have a condition'],
  CONDITION_UNKNOWN_FIELD: ['分支“{name}”的条件引用了不存在的字段“{field}”', 'Branch "{name}" refers to unknown field "{field}"'],
  CONDITION_TYPE_MISMATCH: ['字段“{field}”不支持运算“{op}”', 'Field "{field}" does not support "{op}"'],
  CONDITION_INVALID_VALUE: ['字段“{field}”的条件值无效', 'The value compared with "{field}" is invalid'],
  CONDITION_EMPTY_GROUP: ['分支“{name}”包含空的条件组', 'Branch "{name}" has an empty condition group'],
  BRANCH_NEVER_MATCHES: ['分支“{name}”的条件永远不会满足', 'Branch "{name}" can never match'],
  SOURCE_INCOMPLETE: ['节点“{name}”的审批人设置不完整', 'Node "{name}" has an incomplete approver setting'],
  SOURCE_FIELD_INVALID: ['节点“{name}”引用的表单字段“{field}”不是成员字段', 'Node "{name}" refers to "{field}", which is not a user field'],
  LEVELS_OUT_OF_RANGE: ['节点“{name}”的层级须在 1 到 {max} 之间', 'Node "{name}" needs a level between 1 and {max}'],
  MODE_INVALID_FOR_SOURCE: ['逐级审批节点“{name}”只能依次审批', 'Level-by-level node "{name}" must approve in sequence'],
  TIMEOUT_INCONSISTENT: ['节点“{name}”的超时设置不一致', 'Node "{name}" has inconsistent timeout settings'],
  FIELD_PERMISSION_UNKNOWN_FIELD: ['节点“{name}”的字段权限引用了不存在的字段“{field}”', 'Node "{name}" sets a permission on unknown field "{field}"'],
  FIELD_PERMISSION_COMPUTED_EDIT: ['自动计算字段“{field}”不能设为可编辑', 'Computed field "{field}" cannot be editable'],
  START_FIELD_CONFLICT: ['必填字段“{field}”对发起人不可编辑', 'Required field "{field}" is not editable by the initiator'],
  UNKNOWN_USER: ['节点“{name}”引用的人员不存在或已停用', 'Node "{name}" names a user who does not exist or is disabled'],
  UNKNOWN_ROLE: ['节点“{name}”引用的角色“{role}”不存在', 'Node "{name}" names unknown role "{role}"'],
  UNKNOWN_DEPARTMENT: ['节点“{name}”引用的部门不存在', 'Node "{name}" names a department that does not exist'],
  END_UNREACHABLE: ['节点“{name}”找不到审批人且设置为拒绝，流程永远无法通过', 'Node "{name}" has no approver and rejects, so no request can ever be approved'],
} as const satisfies Record<string, readonly [string, string]>;

export type DefinitionIssueCode = keyof typeof definitionIssueMessages;

export interface DefinitionIssue {
  /** The node (or branch / start node) at fault; null for the form or the whole flow. */
  nodeId: string | null;
  code: DefinitionIssueCode;
  message: { 'zh-CN': string; 'en-US': string };
  details: Record<string, string | number>;
}

export function issue(nodeId: string | null, code: DefinitionIssueCode, details: Record<string, string | number> = {}): DefinitionIssue {
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(details[k] ?? ''));
  const [zh, en] = definitionIssueMessages[code];
  return { nodeId, code, message: { 'zh-CN': fill(zh), 'en-US': fill(en) }, details };
}
