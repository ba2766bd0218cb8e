import type { FormValues } from '@triad/contracts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { newId } from '../../../platform/db/index.ts';
import { emit } from '../../../platform/events/index.ts';
import { nextNumber, registerDocType } from '../../../platform/numbering/index.ts';
import { startInstance } from '../domain/index.ts';
import { approvalErrors, engineCall } from '../errors.ts';
import { insertInstance, syncTasks, type InstanceRow } from '../infra/instance.repository.ts';
import { userNames } from '../infra/org-snapshot.query.ts';
import { findRequestType, findVersion } from '../infra/request-type.repository.ts';
import { applyEffects, eventPayload } from './apply-effects.ts';
import { engineContext } from './engine-context.ts';
import { assertAttachable, attachmentIdsOf } from './attachments.ts';
import { isUniqueViolation } from '../infra/pg-error.ts';
import { guardedForm } from './submit-guards.ts';

/** Document type of approval numbers (APR-202611-0001). */
export const approvalDocType = 'APR';
registerDocType({ type: approvalDocType, label: { 'zh-CN': '审批单', 'en-US': 'Approval' }, defaultPrefix: 'APR' });

export interface SubmitInput {
  requestTypeId: string;
  initiatorId: string;
  form: FormValues;
  chosenApprovers?: Record<string, string[]>;
  comment?: string;
  documentRef?: { type: string; id: string; number: string } | null;
}

/**
 * 提交审批: runs the published version of the request type from its first node. The number,
 * the state, the inbox rows, the notifications and the `approval.instance.submitted` event all
 * commit together.
 */
export async function submitInstance(input: SubmitInput): Promise<InstanceRow> {
  const type = await findRequestType(input.requestTypeId);
  if (!type) throw approvalErrors['approval.requestType.notFound']();
  if (!type.enabled || type.publishedVersion === null) throw approvalErrors['approval.requestType.notPublished']();
  const version = await findVersion(type.id, type.publishedVersion);
  if (!version) throw approvalErrors['approval.requestType.notPublished']();
  // A document review without its document would approve nothing.
  if (type.category === 'document' && !input.documentRef) throw approvalErrors['approval.requestType.documentOnly']();

  await assertAttachable(attachmentIdsOf(version.formSchema, input.form), input.initiatorId);

  const ctx = await engineContext();
  // Other modules' submit guards (finance budget control on 报销) may refuse or patch the form.
  const form = await guardedForm({ requestTypeCode: type.code, initiatorId: input.initiatorId, formSchema: version.formSchema, form: input.form, directory: ctx.directory });
  const result = engineCall(() => startInstance({
    definition: version.definition, formSchema: version.formSchema, form,
    initiator: { userId: input.initiatorId }, chosenApprovers: input.chosenApprovers, comment: input.comment,
  }, ctx));
  const initiator = (await userNames([input.initiatorId])).get(input.initiatorId);
  const row: InstanceRow = {
    id: newId(), tenantId: type.tenantId, number: await nextNumber(approvalDocType), title: `${initiator?.displayName ?? ''}的${type.name}`,
    requestTypeId: type.id, version: version.version, initiatorId: input.initiatorId, departmentId: result.state.initiator.departmentId,
    status: result.state.status, state: result.state, revision: result.state.revision,
    documentType: input.documentRef?.type ?? null, documentId: input.documentRef?.id ?? null, documentNumber: input.documentRef?.number ?? null,
    createdAt: new Date(), finishedAt: result.state.finishedAt ? new Date(result.state.finishedAt) : null,
  };
  try {
    await insertInstance(row);
  } catch (error) {
    if (isUniqueViolation(error, 'approval_instances_live_document')) throw approvalErrors['approval.document.alreadyRunning']();
    throw error;
  }
  await syncTasks(row.id, result.state);
  emit('approval.instance.submitted', eventPayload(row, type.code));
  await applyEffects(row, result.effects, type.code);
  await recordAudit({ entity: 'approvalInstance', entityId: row.id, action: 'submit', after: { number: row.number, requestType: type.code, form: result.state.form } });
  return row;
}
