/**
 * Why the engine refused a command. The runtime's errors.ts turns these into HTTP answers
 * (the suggested status is part of each entry) with the zh-CN / en-US message.
 */
export const approvalRuleErrors = {
  INVALID_DEFINITION: { status: 422, 'zh-CN': '审批流程定义无效', 'en-US': 'The approval definition is invalid' },
  INVALID_FORM: { status: 422, 'zh-CN': '表单填写有误', 'en-US': 'The form has invalid values' },
  NOT_ALLOWED_TO_INITIATE: { status: 403, 'zh-CN': '您不在该审批的发起人范围内', 'en-US': 'You may not submit this request type' },
  MISSING_CHOSEN_APPROVERS: { status: 422, 'zh-CN': '请选择审批人', 'en-US': 'Please choose the approvers' },
  INVALID_CHOSEN_APPROVERS: { status: 422, 'zh-CN': '所选审批人无效', 'en-US': 'The chosen approvers are not allowed' },
  INSTANCE_NOT_RUNNING: { status: 409, 'zh-CN': '审批已结束或不在审批中', 'en-US': 'The approval is not in progress' },
  NOT_RETURNED: { status: 409, 'zh-CN': '审批未退回发起人，无法重新提交', 'en-US': 'Only a request returned to you can be resubmitted' },
  TASK_NOT_FOUND: { status: 404, 'zh-CN': '审批任务不存在', 'en-US': 'The approval task does not exist' },
  TASK_NOT_OPEN: { status: 409, 'zh-CN': '该任务已处理', 'en-US': 'This task has already been handled' },
  NOT_ASSIGNEE: { status: 403, 'zh-CN': '您不是该任务的审批人', 'en-US': 'You are not the approver of this task' },
  NOT_INITIATOR: { status: 403, 'zh-CN': '只有发起人可以执行此操作', 'en-US': 'Only the initiator can do this' },
  NOT_PARTICIPANT: { status: 403, 'zh-CN': '您未参与该审批', 'en-US': 'You do not take part in this approval' },
  INVALID_RETURN_TARGET: { status: 422, 'zh-CN': '只能退回到发起人或已审批过的前序节点', 'en-US': 'Return only to the initiator or an earlier node that was approved' },
  INVALID_TARGET_USER: { status: 422, 'zh-CN': '所选人员无效（本人、已停用或已是审批人）', 'en-US': 'That person cannot take this task (yourself, disabled or already an approver)' },
  NOT_ALLOWED_ON_DELEGATION: { status: 409, 'zh-CN': '被委派人只能填写意见', 'en-US': 'A delegate can only give an opinion' },
  SIGNER_NOT_REMOVABLE: { status: 409, 'zh-CN': '该审批人已处理或不能减签', 'en-US': 'That signer has acted already or cannot be removed' },
  FIELD_NOT_EDITABLE: { status: 403, 'zh-CN': '该节点不能修改这些字段', 'en-US': 'This node may not change these fields' },
  URGE_TOO_SOON: { status: 429, 'zh-CN': '催办过于频繁，请稍后再试', 'en-US': 'Already urged recently; try again later' },
  NOTHING_TO_URGE: { status: 409, 'zh-CN': '没有可催办的待办任务', 'en-US': 'There is no pending task to urge' },
} as const satisfies Record<string, { status: number; 'zh-CN': string; 'en-US': string }>;

export type ApprovalRuleCode = keyof typeof approvalRuleErrors;

export class ApprovalRuleError extends Error {
  readonly code: ApprovalRuleCode;
  readonly details: Record<string, unknown> | null;

  constructor(code: ApprovalRuleCode, details: Record<string, unknown> | null = null) {
    super(approvalRuleErrors[code]['en-US']);
    this.name = 'ApprovalRuleError';
    this.code = code;
    this.details = details;
  }
}

export function isApprovalRuleError(error: unknown, code?: ApprovalRuleCode): error is ApprovalRuleError {
  return error instanceof ApprovalRuleError && (code === undefined || error.code === code);
}
