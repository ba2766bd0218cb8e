import type { ApprovalAction, InstanceActionRequest } from '@triad/contracts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { applyAction, isApprovalRuleError } from '../domain/index.ts';
import { approvalErrors, fromEngine } from '../errors.ts';
import { lockInstance, type InstanceRow } from '../infra/instance.repository.ts';
import { commitResult } from './commit-result.ts';
import { engineContext } from './engine-context.ts';
import { assertVisible } from './instance-access.ts';
import { assertAttachable, attachmentIdsOf, referencedFileIds } from './attachments.ts';

const need = <T>(value: T | undefined, field: string): T => {
  if (value === undefined) throw approvalErrors['approval.action.incomplete']({ field });
  return value;
};

/** The HTTP body (flat, as the web sends it) as the engine's action. */
export function toEngineAction(body: InstanceActionRequest): ApprovalAction {
  const remark = { comment: body.comment, attachmentIds: body.attachments };
  const taskId = () => need(body.taskId, 'taskId');
  switch (body.action) {
    case 'approve': return { type: 'approve', taskId: taskId(), ...remark, formPatch: body.formPatch };
    case 'reject': return { type: 'reject', taskId: taskId(), ...remark };
    case 'return': return {
      type: 'return', taskId: taskId(), ...remark,
      target: body.targetNodeId ? { kind: 'node', nodeId: body.targetNodeId } : { kind: 'initiator' },
    };
    case 'transfer': return { type: 'transfer', taskId: taskId(), ...remark, toUserId: need(body.toUserId, 'toUserId') };
    case 'delegate': return { type: 'delegate', taskId: taskId(), ...remark, toUserId: need(body.toUserId, 'toUserId') };
    case 'addSigner': return { type: 'addSigner', taskId: taskId(), ...remark, userIds: need(body.userIds, 'userIds'), position: body.position ?? 'after' };
    case 'removeSigner': return { type: 'removeSigner', taskId: taskId(), ...remark, removeTaskId: need(body.removeTaskId, 'removeTaskId') };
    case 'withdraw': return { type: 'withdraw', ...remark };
    case 'urge': return { type: 'urge', ...remark, taskIds: body.taskId ? [body.taskId] : undefined };
    case 'comment': return { type: 'comment', comment: need(body.comment, 'comment'), attachmentIds: body.attachments };
    case 'resubmit': return { type: 'resubmit', ...remark, form: body.form, chosenApprovers: body.chosenApprovers };
  }
}

/** Files the action attaches: its remark's, plus attachment fields of a corrected or resubmitted form. */
function attachmentsOf(action: ApprovalAction, row: InstanceRow): string[] {
  const form = action.type === 'resubmit' ? action.form : action.type === 'approve' ? action.formPatch : undefined;
  return [...(('attachmentIds' in action ? action.attachmentIds : undefined) ?? []), ...attachmentIdsOf(row.state.formSchema, form)];
}

/**
 * One person's action on an instance. The row is locked first, so two approvers clicking at
 * once run one after the other: the second finds the task decided and gets 409.
 */
export async function actOnInstance(actorId: string, instanceId: string, action: ApprovalAction, canReadAll = false): Promise<InstanceRow> {
  const row = await lockInstance(instanceId);
  if (!row) throw approvalErrors['approval.instance.notFound']();
  assertVisible(row, actorId, canReadAll);
  await assertAttachable(attachmentsOf(action, row), actorId, referencedFileIds(row.state));
  const ctx = await engineContext();
  let result;
  try {
    result = applyAction(row.state, { ...action, actorId }, ctx);
  } catch (error) {
    if (isApprovalRuleError(error, 'TASK_NOT_OPEN')) throw approvalErrors['approval.task.alreadyDecided']();
    throw fromEngine(error);
  }
  const next = await commitResult(row, result);
  if (action.type !== 'urge' && action.type !== 'comment') {
    await recordAudit({
      entity: 'approvalInstance', entityId: row.id, action: action.type,
      before: { status: row.status }, after: { status: next.status, taskId: 'taskId' in action ? action.taskId : null },
    });
  }
  return next;
}
