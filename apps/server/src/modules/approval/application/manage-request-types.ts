import type { ApprovalDefinition, CreateRequestTypeRequest, FormSchema, SaveDraftRequest } from '@triad/contracts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { newId } from '../../../platform/db/index.ts';
import { actor } from '../../../platform/tx/index.ts';
import { approvalErrors } from '../errors.ts';
import { findRequestType, findRequestTypeByCode, insertRequestType, updateRequestType } from '../infra/request-type.repository.ts';

/** What a new request type starts with in the designer: one text field, one approver to pick. */
export const emptyForm: FormSchema = { fields: [{ key: 'content', type: 'text', label: '申请内容', labelEn: 'Details', required: true, multiline: true }] };
export const emptyDefinition: ApprovalDefinition = {
  schemaVersion: 1,
  settings: { emptyApprover: 'toAdmin', initiatorIsApprover: 'skip', dedupeApprovers: 'consecutive', urgeIntervalMinutes: 30 },
  start: { id: 'start', type: 'start', name: '发起人' },
  nodes: [],
};

/** 新建审批模板 (unpublished until the designer publishes a first version). */
export async function createRequestType(input: CreateRequestTypeRequest): Promise<string> {
  if (await findRequestTypeByCode(input.code)) throw approvalErrors['approval.requestType.codeTaken']({ code: input.code });
  const id = newId();
  await insertRequestType({
    id, tenantId: actor().tenantId, code: input.code, name: input.name, category: input.category,
    description: input.description ?? null, enabled: true, draftFormSchema: emptyForm, draftDefinition: emptyDefinition,
  });
  await recordAudit({ entity: 'approvalRequestType', entityId: id, action: 'create', after: { code: input.code, name: input.name } });
  return id;
}

/** Saves the designer's draft; rule checks happen at validate / publish. */
export async function saveDraft(id: string, input: SaveDraftRequest): Promise<void> {
  const row = await findRequestType(id);
  if (!row) throw approvalErrors['approval.requestType.notFound']();
  await updateRequestType(id, {
    name: input.name ?? row.name, description: input.description ?? row.description, enabled: input.enabled ?? row.enabled,
    draftFormSchema: input.formSchema, draftDefinition: input.definition,
  });
  await recordAudit({ entity: 'approvalRequestType', entityId: id, action: 'saveDraft', before: { name: row.name, enabled: row.enabled }, after: { name: input.name ?? row.name, enabled: input.enabled ?? row.enabled } });
}
