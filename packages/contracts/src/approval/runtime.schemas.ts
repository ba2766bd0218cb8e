import { z } from 'zod';
import { id, isoDateTime, pageQuery, page } from '../common/index.ts';
import { approvalDefinition, approvalMode, approvalNodeId } from './definition.schemas.ts';
import { fieldPermission, formSchema, formValues } from './form.schemas.ts';
import { chosenApprovers } from './action.schemas.ts';
import { fileSummary } from '../platform/files.schemas.ts';

// The approval runtime's HTTP shapes (request types, instances, inbox, delegations).

export const requestTypeCategory = z.enum(['leave', 'expense', 'purchase', 'supplies', 'general', 'custom', 'document']);
export type RequestTypeCategory = z.infer<typeof requestTypeCategory>;

const userRef = z.object({ id, displayName: z.string() });
export type ApprovalUserRef = z.infer<typeof userRef>;

export const requestTypeSummary = z.object({
  id, code: z.string(), name: z.string(), category: requestTypeCategory, description: z.string().nullable(),
  enabled: z.boolean(), publishedVersion: z.number().int().nullable(), icon: z.string().optional(),
});
export type RequestTypeSummary = z.infer<typeof requestTypeSummary>;
export const requestTypeList = z.object({ items: z.array(requestTypeSummary) });

export const requestTypeDetail = z.object({
  id, code: z.string(), name: z.string(), category: requestTypeCategory, description: z.string().nullable(), enabled: z.boolean(),
  published: z.object({ version: z.number().int(), formSchema, definition: approvalDefinition, publishedAt: isoDateTime }).nullable(),
  draft: z.object({ formSchema, definition: approvalDefinition, updatedAt: isoDateTime }).nullable(),
});
export type RequestTypeDetail = z.infer<typeof requestTypeDetail>;

export const createRequestTypeRequest = z.object({
  code: z.string().regex(/^[a-z][a-zA-Z0-9]{1,39}$/),
  name: z.string().trim().min(1).max(60),
  category: requestTypeCategory,
  description: z.string().trim().max(500).optional(),
});
export type CreateRequestTypeRequest = z.infer<typeof createRequestTypeRequest>;

export const saveDraftRequest = z.object({
  name: z.string().trim().min(1).max(60).optional(),
  description: z.string().trim().max(500).optional(),
  enabled: z.boolean().optional(),
  formSchema,
  definition: approvalDefinition,
});
export type SaveDraftRequest = z.infer<typeof saveDraftRequest>;

export const definitionError = z.object({ nodeId: z.string().nullable(), code: z.string(), message: z.string() });
export const validateDefinitionResponse = z.object({ errors: z.array(definitionError) });
export const publishResponse = z.object({ version: z.number().int() });

export const previewRequest = z.object({ form: formValues, initiatorId: id.optional() });
export const previewNode = z.object({
  nodeId: z.string(), name: z.string(), kind: z.enum(['approver', 'cc']), approvers: z.array(userRef),
  mode: approvalMode.nullable(), skipped: z.string().optional(), needsChoice: z.boolean(),
});
export const previewResponse = z.object({ nodes: z.array(previewNode) });
export type PreviewResponse = z.infer<typeof previewResponse>;

export const submitInstanceRequest = z.object({
  requestTypeId: id,
  form: formValues,
  chosenApprovers: chosenApprovers.optional(),
  comment: z.string().trim().max(2000).optional(),
});
export type SubmitInstanceRequest = z.infer<typeof submitInstanceRequest>;

export const instanceStatus = z.enum(['running', 'approved', 'rejected', 'withdrawn', 'returned']);
export const documentRef = z.object({ type: z.string(), id, number: z.string() });

export const instanceDetail = z.object({
  id, number: z.string(), title: z.string(),
  requestType: z.object({ id, code: z.string(), name: z.string(), version: z.number().int() }),
  status: instanceStatus,
  initiator: z.object({ id, displayName: z.string(), departmentName: z.string().nullable() }),
  form: formValues,
  formSchema,
  fieldAccess: z.record(z.string(), fieldPermission),
  myTask: z.object({ id, nodeId: z.string(), kind: z.string(), allowedActions: z.array(z.string()) }).nullable(),
  tasks: z.array(z.object({
    id, nodeId: z.string(), nodeName: z.string(), assignee: userRef, status: z.string(), kind: z.string(),
    onBehalfOf: userRef.nullable(), decidedAt: isoDateTime.nullable(), opinion: z.string().nullable(),
  })),
  timeline: z.array(z.object({
    at: isoDateTime, actor: userRef.nullable(), action: z.string(), nodeName: z.string().nullable(),
    comment: z.string().nullable(), attachments: z.array(z.string()),
  })),
  /** Every file the visible form or the timeline references, by id (names for the attachment lists). */
  files: z.record(z.string(), fileSummary),
  diagram: z.object({
    nodes: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string(), state: z.enum(['done', 'active', 'pending', 'skipped']) })),
    edges: z.array(z.object({ from: z.string(), to: z.string(), label: z.string().optional() })),
  }),
  ccUsers: z.array(userRef),
  documentRef: documentRef.nullable(),
  createdAt: isoDateTime,
  finishedAt: isoDateTime.nullable(),
});
export type InstanceDetail = z.infer<typeof instanceDetail>;

export const instanceActionRequest = z.object({
  action: z.enum(['approve', 'reject', 'return', 'transfer', 'delegate', 'addSigner', 'removeSigner', 'withdraw', 'urge', 'comment', 'resubmit']),
  taskId: z.string().min(1).max(64).optional(),
  comment: z.string().trim().max(2000).optional(),
  attachments: z.array(z.string().min(1).max(64)).max(20).optional(),
  targetNodeId: approvalNodeId.optional(),
  toUserId: id.optional(),
  userIds: z.array(id).min(1).max(20).optional(),
  position: z.enum(['before', 'after']).optional(),
  removeTaskId: z.string().min(1).max(64).optional(),
  formPatch: formValues.optional(),
  /** resubmit: corrected values and picks. */
  form: formValues.optional(),
  chosenApprovers: chosenApprovers.optional(),
});
export type InstanceActionRequest = z.infer<typeof instanceActionRequest>;

export const bulkApproveRequest = z.object({ taskIds: z.array(id).min(1).max(100), comment: z.string().trim().max(2000).optional() });
export const bulkApproveResponse = z.object({
  approved: z.array(id),
  failed: z.array(z.object({ taskId: id, code: z.string(), message: z.string() })),
});

export const inboxBox = z.enum(['todo', 'done', 'initiated', 'cc']);
export const inboxQuery = pageQuery.pick({ cursor: true, limit: true }).extend({
  box: inboxBox.default('todo'),
  q: z.string().trim().max(100).optional(),
  requestTypeId: id.optional(),
  status: instanceStatus.optional(),
});
export type InboxQuery = z.infer<typeof inboxQuery>;
export const inboxItem = z.object({
  instanceId: id, number: z.string(), title: z.string(), requestTypeName: z.string(), initiator: userRef,
  status: instanceStatus, taskId: id.nullable(), nodeName: z.string().nullable(), receivedAt: isoDateTime.nullable(),
  decidedAt: isoDateTime.nullable(), createdAt: isoDateTime, read: z.boolean().optional(),
});
export type InboxItem = z.infer<typeof inboxItem>;
export const inboxPage = page(inboxItem);
export const inboxCounts = z.object({ todo: z.number().int(), done: z.number().int(), initiated: z.number().int(), cc: z.number().int(), ccUnread: z.number().int() });

export const delegation = z.object({ id, user: userRef, delegate: userRef, startsAt: isoDateTime, endsAt: isoDateTime, createdAt: isoDateTime });
export type Delegation = z.infer<typeof delegation>;
export const delegationList = z.object({ items: z.array(delegation) });
export const createDelegationRequest = z.object({ delegateId: id, startsAt: z.iso.datetime({ offset: true }), endsAt: z.iso.datetime({ offset: true }), userId: id.optional() });
export type CreateDelegationRequest = z.infer<typeof createDelegationRequest>;

export const reassignRequest = z.object({ fromUserId: id, toUserId: id });
export const reassignResponse = z.object({ instances: z.number().int(), tasks: z.number().int() });
