import type { Locale } from '../../../platform/i18n/index.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { newId } from '../../../platform/db/index.ts';
import { actor } from '../../../platform/tx/index.ts';
import { validateDefinition, type DefinitionIssue } from '../domain/index.ts';
import { approvalErrors } from '../errors.ts';
import { findRequestType, insertVersion, latestVersionNumber, updateRequestType } from '../infra/request-type.repository.ts';
import { engineContext } from './engine-context.ts';
import { emptyDefinition, emptyForm } from './manage-request-types.ts';

export interface DefinitionError { nodeId: string | null; code: string; message: string }

const localize = (issues: DefinitionIssue[], locale: Locale): DefinitionError[] =>
  issues.map((i) => ({ nodeId: i.nodeId, code: i.code, message: i.message[locale] }));

async function draftIssues(id: string): Promise<DefinitionIssue[]> {
  const row = await findRequestType(id);
  if (!row) throw approvalErrors['approval.requestType.notFound']();
  const ctx = await engineContext();
  return validateDefinition(row.draftDefinition ?? emptyDefinition, row.draftFormSchema ?? emptyForm, ctx.directory);
}

/** 校验: the draft's problems, with the people, roles and departments it names checked too. */
export async function validateDraft(id: string, locale: Locale): Promise<{ errors: DefinitionError[] }> {
  return { errors: localize(await draftIssues(id), locale) };
}

/**
 * 发布: the draft becomes a new immutable version and the one new requests use; running
 * instances keep the version they started with (it travels in their state).
 */
export async function publishRequestType(id: string, locale: Locale): Promise<{ version: number }> {
  const issues = await draftIssues(id);
  if (issues.length) throw approvalErrors['approval.definition.invalid'](undefined, localize(issues, locale));
  const row = await findRequestType(id);
  if (!row) throw approvalErrors['approval.requestType.notFound']();
  const version = (await latestVersionNumber(id)) + 1;
  await insertVersion({
    id: newId(), tenantId: row.tenantId, requestTypeId: id, version,
    formSchema: row.draftFormSchema ?? emptyForm, definition: row.draftDefinition ?? emptyDefinition, publishedBy: actor().userId ?? null,
  });
  await updateRequestType(id, { publishedVersion: version });
  await recordAudit({ entity: 'approvalRequestType', entityId: id, action: 'publish', after: { version } });
  return { version };
}
