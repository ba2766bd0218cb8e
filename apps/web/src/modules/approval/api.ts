import type { ApprovalDefinition, FormSchema, FormValues, Page } from '@triad/contracts';
import { api } from '../../app/api/index.ts';
import type { ListFetcher } from '../../shared/list/index.ts';

import type {
  ApprovalUserRef, Delegation, InboxItem, InstanceActionRequest, InstanceDetail, PreviewResponse, RequestTypeCategory,
  RequestTypeDetail, RequestTypeSummary,
} from '@triad/contracts';

// Runtime shapes come from packages/contracts/src/approval/runtime.schemas.ts.
export type { Delegation, InboxItem, InstanceDetail, RequestTypeCategory, RequestTypeDetail, RequestTypeSummary };
export type UserRef = ApprovalUserRef;
export type PreviewNode = PreviewResponse['nodes'][number];
export type ActionRequest = InstanceActionRequest;
export interface ValidationError { nodeId: string | null; code: string; message: string }
export type InstanceStatus = InstanceDetail['status'];
export type DiagramState = InstanceDetail['diagram']['nodes'][number]['state'];
export type InboxBox = 'todo' | 'done' | 'initiated' | 'cc';
export type ActionName = InstanceActionRequest['action'];
export interface InboxCounts { todo: number; done: number; initiated: number; cc: number; ccUnread: number }
export interface BulkApproveResult { approved: string[]; failed: { taskId: string; code: string; message: string }[] }

export const requestTypeCategories: RequestTypeCategory[] = ['leave', 'expense', 'purchase', 'supplies', 'general', 'custom'];
export const instanceStatuses: InstanceStatus[] = ['running', 'approved', 'rejected', 'withdrawn', 'returned'];
export const inboxBoxes: InboxBox[] = ['todo', 'done', 'initiated', 'cc'];

const base = '/api/v1/approval';

export const approvalKeys = {
  all: ['approval'] as const,
  counts: ['approval', 'counts'] as const,
  requestTypes: ['approval', 'requestTypes'] as const,
  requestType: (id: string) => ['approval', 'requestTypes', id] as const,
  instance: (id: string) => ['approval', 'instances', id] as const,
  preview: (id: string, form: string) => ['approval', 'preview', id, form] as const,
  delegations: ['approval', 'delegations'] as const,
  users: (q: string) => ['approval', 'users', q] as const,
};

export const listRequestTypes = async () => (await api.get<{ items: RequestTypeSummary[] }>(`${base}/request-types`)).items;
export const getRequestType = (id: string) => api.get<RequestTypeDetail>(`${base}/request-types/${id}`);
export const createRequestType = (body: { code: string; name: string; category: RequestTypeCategory; description?: string }) =>
  api.post<RequestTypeDetail>(`${base}/request-types`, body);
export const saveDraft = (id: string, body: { name?: string; description?: string; enabled?: boolean; formSchema: FormSchema; definition: ApprovalDefinition }) =>
  api.put<RequestTypeDetail>(`${base}/request-types/${id}/draft`, body);
export const validateDraft = (id: string) => api.post<{ errors: ValidationError[] }>(`${base}/request-types/${id}/validate`);
export const publishDraft = (id: string) => api.post<{ version: number }>(`${base}/request-types/${id}/publish`);
export const previewRoute = (id: string, form: FormValues) =>
  api.post<PreviewResponse>(`${base}/request-types/${id}/preview`, { form });

export const submitInstance = (body: { requestTypeId: string; form: FormValues; chosenApprovers?: Record<string, string[]> }) =>
  api.post<InstanceDetail>(`${base}/instances`, body);
export const getInstance = (id: string) => api.get<InstanceDetail>(`${base}/instances/${id}`);
export const actOnInstance = (id: string, body: ActionRequest) => api.post<InstanceDetail>(`${base}/instances/${id}/actions`, body);
export const bulkApprove = (taskIds: string[], comment?: string) =>
  api.post<BulkApproveResult>(`${base}/tasks/bulk-approve`, { taskIds, comment });

export const getInboxCounts = () => api.get<InboxCounts>(`${base}/inbox/counts`);
export const inboxFetcher = (box: InboxBox): ListFetcher<InboxItem> => (query, signal) =>
  api.get<Page<InboxItem>>(`${base}/inbox`, { box, cursor: query.cursor, limit: query.limit, ...query.filters }, signal);

export const listDelegations = async () => (await api.get<{ items: Delegation[] }>(`${base}/delegations`)).items;
export const createDelegation = (body: { delegateId: string; startsAt: string; endsAt: string }) => api.post<Delegation>(`${base}/delegations`, body);
export const deleteDelegation = (id: string) => api.delete<unknown>(`${base}/delegations/${id}`);

export const searchOrgUsers = async (q: string) =>
  (await api.get<Page<UserRef & { username: string }>>('/api/v1/org/users', { q, limit: 20, status: 'active' })).items;
