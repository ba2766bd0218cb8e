import { AppError, defineErrors, type ErrorDefinition } from '../../platform/http/index.ts';
import { approvalRuleErrors, isApprovalRuleError, type ApprovalRuleCode } from './domain/index.ts';

/** Failures of the approval runtime a caller can act on, in both locales. */
export const approvalErrors = defineErrors({
  'approval.requestType.notFound': { status: 404, message: { 'zh-CN': '审批模板不存在', 'en-US': 'Request type not found' } },
  'approval.requestType.codeTaken': { status: 409, message: { 'zh-CN': '模板编码“{code}”已被使用', 'en-US': 'The request type code "{code}" is already taken' } },
  'approval.requestType.documentOnly': { status: 409, message: { 'zh-CN': '该审批只能从对应的业务单据发起', 'en-US': 'This approval can only be started from its business document' } },
  'approval.requestType.notPublished': { status: 409, message: { 'zh-CN': '该审批模板尚未发布或已停用', 'en-US': 'This request type is not published or is disabled' } },
  'approval.definition.invalid': { status: 400, message: { 'zh-CN': '审批流程定义有误，无法发布', 'en-US': 'The approval definition has errors and cannot be published' } },
  'approval.instance.notFound': { status: 404, message: { 'zh-CN': '审批单不存在', 'en-US': 'Approval not found' } },
  'approval.task.alreadyDecided': { status: 409, message: { 'zh-CN': '该审批已被他人处理，请刷新后重试', 'en-US': 'Someone else acted on this approval first; reload and try again' } },
  'approval.action.incomplete': { status: 400, message: { 'zh-CN': '操作缺少必要信息：{field}', 'en-US': 'The action is missing: {field}' } },
  'approval.bulk.notAllowed': { status: 409, message: { 'zh-CN': '该任务不支持批量同意（需填写或修改表单）', 'en-US': 'This task cannot be approved in bulk (it needs form edits)' } },
  'approval.delegation.notFound': { status: 404, message: { 'zh-CN': '委托不存在', 'en-US': 'Delegation not found' } },
  'approval.delegation.invalid': { status: 400, message: { 'zh-CN': '委托设置无效（时间或人员有误）', 'en-US': 'Invalid delegation (dates or people)' } },
  'approval.delegation.forbidden': { status: 403, message: { 'zh-CN': '只能为自己设置委托', 'en-US': 'You may set delegations only for yourself' } },
  'approval.user.notFound': { status: 400, message: { 'zh-CN': '所选人员不存在或已停用', 'en-US': 'The chosen person does not exist or is disabled' } },
  'approval.document.notApproved': { status: 409, message: { 'zh-CN': '单据尚未审批通过', 'en-US': 'The document has not been approved yet' } },
  'approval.attachment.invalid': { status: 400, message: { 'zh-CN': '附件无效：文件不存在或不是您上传的', 'en-US': 'Invalid attachment: the file does not exist or was not uploaded by you' } },
  'approval.document.alreadyRunning': { status: 409, message: { 'zh-CN': '该单据已有进行中的审批', 'en-US': 'This document already has an approval in progress' } },
});

// The engine's refusals, one error code each (`approval.rule.NOT_ASSIGNEE`), with its message.
const ruleDefinitions = Object.fromEntries(Object.entries(approvalRuleErrors).map(([code, def]) => [
  `approval.rule.${code}`,
  { status: def.status === 422 ? 400 : def.status, message: { 'zh-CN': def['zh-CN'], 'en-US': def['en-US'] } } satisfies ErrorDefinition,
]));
const ruleErrors = defineErrors(ruleDefinitions);

/** Turns an engine refusal into the HTTP error; anything else passes through unchanged. */
export function fromEngine(error: unknown): unknown {
  if (!isApprovalRuleError(error)) return error;
  const factory = ruleErrors[`approval.rule.${error.code}`];
  return factory ? factory(undefined, error.details ?? undefined) : new AppError(`approval.rule.${error.code}`, 400);
}

/** Runs engine code and rethrows its refusals as HTTP errors. */
export function engineCall<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw fromEngine(error);
  }
}

export type ApprovalRuleErrorCode = `approval.rule.${ApprovalRuleCode}`;
