import type { FormValues } from '@triad/contracts';
import { approvalErrors } from '../errors.ts';
import { findLiveDocumentInstance } from '../infra/instance.repository.ts';
import { findRequestTypeByCode } from '../infra/request-type.repository.ts';
import { approvalDocType, submitInstance } from './submit-instance.ts';
import { linkDocuments, registerLinkedType } from '../../../platform/links/index.ts';

// Anyone may see that a document has an approval; the instance page itself checks who may open it.
registerLinkedType({ type: approvalDocType, route: '/approval/instances/:id' });

export interface DocumentRef { type: string; id: string; number: string }

/**
 * Business documents (采购申请, 付款单) that need approval call these inside their own command:
 * the approval starts in the same transaction, and its `approval.instance.*` events carry the
 * document reference back to the owning module.
 */
export async function submitForDocument(input: { requestTypeCode: string; documentRef: DocumentRef; form: FormValues; initiatorId: string }): Promise<string> {
  const type = await findRequestTypeByCode(input.requestTypeCode);
  if (!type) throw approvalErrors['approval.requestType.notFound']();
  const live = await findLiveDocumentInstance(input.documentRef.type, input.documentRef.id);
  if (live && (live.status === 'running' || live.status === 'returned')) throw approvalErrors['approval.document.alreadyRunning']();
  const row = await submitInstance({ requestTypeId: type.id, initiatorId: input.initiatorId, form: input.form, documentRef: input.documentRef });
  // The approval joins the document's chain, so 单据联查 leads from the document to its approval.
  await linkDocuments({ from: input.documentRef, to: { type: approvalDocType, id: row.id, number: row.number }, relation: 'approval' });
  return row.id;
}

/** The latest approval of a document, if any. */
export async function approvalOf(documentType: string, documentId: string): Promise<{ instanceId: string; status: string } | null> {
  const row = await findLiveDocumentInstance(documentType, documentId);
  return row ? { instanceId: row.id, status: row.status } : null;
}

/** Refuses (409 `approval.document.notApproved`) unless the document's latest approval passed. */
export async function assertApproved(documentType: string, documentId: string): Promise<void> {
  const found = await approvalOf(documentType, documentId);
  if (found?.status !== 'approved') throw approvalErrors['approval.document.notApproved']();
}
