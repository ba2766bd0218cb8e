import type { InstanceDetail } from '@triad/contracts';
import { indexDefinition } from '../domain/definition-index.ts';
import { fieldAccess, visibleForm, type InstanceState } from '../domain/index.ts';
import { approvalErrors } from '../errors.ts';
import { findInstance, markCcRead, type InstanceRow } from '../infra/instance.repository.ts';
import { userNames } from '../infra/org-snapshot.query.ts';
import { findRequestType } from '../infra/request-type.repository.ts';
import { buildDiagram } from './instance-diagram.ts';
import { assertVisible } from './instance-access.ts';
import { attachmentIdsOf, fileSummaries } from './attachments.ts';

const approverActions = ['approve', 'reject', 'return', 'transfer', 'delegate', 'addSigner', 'removeSigner', 'comment'];
const delegateActions = ['approve', 'reject', 'comment'];

function myTaskOf(state: InstanceState, viewerId: string): InstanceDetail['myTask'] {
  const task = state.tasks.find((t) => t.status === 'pending' && t.assigneeId === viewerId);
  if (!task) return null;
  return { id: task.id, nodeId: task.nodeId, kind: task.kind, allowedActions: task.kind === 'delegate' ? delegateActions : approverActions };
}

/** 审批详情 as one viewer may see it (form fields filtered by their nodes' permissions). */
export async function instanceDetail(row: InstanceRow, viewerId: string): Promise<InstanceDetail> {
  const { state } = row;
  const type = await findRequestType(row.requestTypeId);
  const index = indexDefinition(state.definition);
  const nodeName = (id: string | null) => (id === null ? null : id === state.definition.start.id ? state.definition.start.name : index.node(id)?.node.name ?? id);
  const names = await userNames([
    row.initiatorId, ...state.ccUserIds,
    ...state.tasks.flatMap((t) => [t.assigneeId, t.onBehalfOf ?? '']),
    ...state.history.flatMap((h) => (h.actorId ? [h.actorId] : [])),
  ]);
  const ref = (id: string) => ({ id, displayName: names.get(id)?.displayName ?? '' });
  const myTask = myTaskOf(state, viewerId);
  const access = viewerId === row.initiatorId && state.status === 'returned'
    ? fieldAccess(state.definition, state.formSchema, state.definition.start.id)
    : myTask ? fieldAccess(state.definition, state.formSchema, myTask.nodeId)
      : Object.fromEntries(Object.keys(visibleForm(state, viewerId)).map((k) => [k, 'read' as const]));
  const form = visibleForm(state, viewerId);
  const files = await fileSummaries([...attachmentIdsOf(state.formSchema, form), ...state.history.flatMap((h) => h.attachmentIds)]);
  return {
    id: row.id, number: row.number, title: row.title,
    requestType: { id: row.requestTypeId, code: type?.code ?? '', name: type?.name ?? '', version: row.version },
    status: state.status,
    initiator: { id: row.initiatorId, displayName: names.get(row.initiatorId)?.displayName ?? '', departmentName: names.get(row.initiatorId)?.departmentName ?? null },
    form,
    formSchema: state.formSchema,
    fieldAccess: access,
    myTask,
    tasks: state.tasks.map((t) => ({
      id: t.id, nodeId: t.nodeId, nodeName: nodeName(t.nodeId) ?? '', assignee: ref(t.assigneeId), status: t.status, kind: t.kind,
      onBehalfOf: t.onBehalfOf ? ref(t.onBehalfOf) : null, decidedAt: t.decidedAt, opinion: t.opinion,
    })),
    timeline: state.history.map((h) => ({
      at: h.at, actor: h.actorId ? ref(h.actorId) : null, action: h.action, nodeName: nodeName(h.nodeId),
      comment: h.comment, attachments: h.attachmentIds,
    })),
    files,
    diagram: buildDiagram(state),
    ccUsers: state.ccUserIds.map(ref),
    documentRef: row.documentType && row.documentId ? { type: row.documentType, id: row.documentId, number: row.documentNumber ?? '' } : null,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt ? row.finishedAt.toISOString() : null,
  };
}

/** GET /instances/:id — also marks a CC copy as read. */
export async function getInstance(id: string, viewerId: string, canReadAll: boolean): Promise<InstanceDetail> {
  const row = await findInstance(id);
  if (!row) throw approvalErrors['approval.instance.notFound']();
  assertVisible(row, viewerId, canReadAll);
  if (row.state.ccUserIds.includes(viewerId)) await markCcRead(row.id, viewerId);
  return instanceDetail(row, viewerId);
}
