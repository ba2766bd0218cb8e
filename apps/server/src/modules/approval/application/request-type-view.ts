import type { RequestTypeCategory, RequestTypeDetail, RequestTypeSummary } from '@triad/contracts';
import { approvalErrors } from '../errors.ts';
import { findRequestType, findVersion, listRequestTypeRows, type RequestTypeRow } from '../infra/request-type.repository.ts';

function summary(row: RequestTypeRow): RequestTypeSummary {
  return {
    id: row.id, code: row.code, name: row.name, category: row.category as RequestTypeCategory, description: row.description,
    enabled: row.enabled, publishedVersion: row.publishedVersion,
  };
}

/** 审批模板: employees see what they can submit (enabled and published); designers see all. */
export async function listRequestTypes(canManage: boolean): Promise<{ items: RequestTypeSummary[] }> {
  const rows = await listRequestTypeRows();
  // Document reviews are started by their documents, so employees do not see them as requests.
  return { items: rows.filter((r) => canManage || (r.enabled && r.publishedVersion !== null && r.category !== 'document')).map(summary) };
}

export async function getRequestType(id: string, canManage: boolean): Promise<RequestTypeDetail> {
  const row = await findRequestType(id);
  if (!row || (!canManage && (!row.enabled || row.publishedVersion === null))) throw approvalErrors['approval.requestType.notFound']();
  const version = row.publishedVersion === null ? undefined : await findVersion(row.id, row.publishedVersion);
  return {
    ...summary(row),
    published: version ? { version: version.version, formSchema: version.formSchema, definition: version.definition, publishedAt: version.publishedAt.toISOString() } : null,
    draft: canManage && row.draftDefinition && row.draftFormSchema
      ? { formSchema: row.draftFormSchema, definition: row.draftDefinition, updatedAt: row.updatedAt.toISOString() } : null,
  };
}
