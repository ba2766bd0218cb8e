import { z } from 'zod';
import { formValues } from './form.schemas.ts';
import { approvalNodeId, approvalOrgRef } from './definition.schemas.ts';

/**
 * What a person can do to an approval instance. Every action may carry a comment (审批意见)
 * and attachments; the actor comes from the session, never from the body.
 */
const remark = {
  comment: z.string().trim().max(2000).optional(),
  attachmentIds: z.array(z.string().min(1).max(64)).max(20).optional(),
};
const taskRef = { taskId: z.string().min(1).max(64) };

/** Chosen approvers for 发起人自选 nodes: node id → user ids. */
export const chosenApprovers = z.record(approvalNodeId, z.array(approvalOrgRef).min(1).max(50));

export const approvalAction = z.discriminatedUnion('type', [
  /** Approvers may correct fields their node may edit; the change is audited. */
  z.object({ type: z.literal('approve'), ...taskRef, ...remark, formPatch: formValues.optional() }),
  z.object({ type: z.literal('reject'), ...taskRef, ...remark }),
  /** 退回: to the initiator (who edits and resubmits) or to an earlier node, then flow again. */
  z.object({
    type: z.literal('return'), ...taskRef, ...remark,
    target: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('initiator') }),
      z.object({ kind: z.literal('node'), nodeId: approvalNodeId }),
    ]),
  }),
  /** 转办: the task moves to someone else for good. */
  z.object({ type: z.literal('transfer'), ...taskRef, ...remark, toUserId: approvalOrgRef }),
  /** 委派: someone else gives an opinion, then the task comes back for the final decision. */
  z.object({ type: z.literal('delegate'), ...taskRef, ...remark, toUserId: approvalOrgRef }),
  /** 加签: before (they sign first, then back to me) or after (I approve, they sign next). */
  z.object({
    type: z.literal('addSigner'), ...taskRef, ...remark,
    userIds: z.array(approvalOrgRef).min(1).max(20), position: z.enum(['before', 'after']),
  }),
  /** 减签: drop a signer who has not acted yet. */
  z.object({ type: z.literal('removeSigner'), ...taskRef, ...remark, removeTaskId: z.string().min(1).max(64) }),
  /** 撤回: by the initiator while the instance is unfinished. */
  z.object({ type: z.literal('withdraw'), ...remark }),
  /** 催办: by the initiator; all pending tasks unless some are named. */
  z.object({ type: z.literal('urge'), ...remark, taskIds: z.array(z.string().min(1).max(64)).max(50).optional() }),
  /** 评论: every participant, at any time. */
  z.object({ type: z.literal('comment'), comment: z.string().trim().min(1).max(2000), attachmentIds: remark.attachmentIds }),
  /** After a return to the initiator: submit again, possibly with corrected values. */
  z.object({ type: z.literal('resubmit'), ...remark, form: formValues.optional(), chosenApprovers: chosenApprovers.optional() }),
]);
export type ApprovalAction = z.infer<typeof approvalAction>;
export type ApprovalActionType = ApprovalAction['type'];

/** Submitting a new request. */
export const submitApprovalRequest = z.object({
  form: formValues,
  /** Needed when the initiator belongs to several departments (which one the request is for). */
  departmentId: approvalOrgRef.optional(),
  chosenApprovers: chosenApprovers.optional(),
  ...remark,
});
export type SubmitApprovalRequest = z.infer<typeof submitApprovalRequest>;
