import type { FileSummary, FormSchema, FormValues } from '@triad/contracts';
import { hasPermission, type Principal } from '../../../platform/access/index.ts';
import { findFiles, registerFileAccess } from '../../../platform/files/index.ts';
import { isParticipant, type InstanceState } from '../domain/index.ts';
import { approvalErrors } from '../errors.ts';
import { instancesMentioningFile } from '../infra/file-references.query.ts';
import { readAllInstances } from '../permissions.ts';

const stringsOf = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** File ids in the form's attachment fields, 明细 columns included; other fields are ignored. */
export function attachmentIdsOf(schema: FormSchema, form: FormValues | undefined): string[] {
  if (!form) return [];
  const ids: string[] = [];
  for (const field of schema.fields) {
    if (field.type === 'attachment') ids.push(...stringsOf(form[field.key]));
    if (field.type === 'detail') {
      const rows = Array.isArray(form[field.key]) ? (form[field.key] as unknown[]) : [];
      for (const row of rows) {
        if (typeof row !== 'object' || row === null) continue;
        for (const column of field.columns) {
          if (column.type === 'attachment') ids.push(...stringsOf((row as Record<string, unknown>)[column.key]));
        }
      }
    }
  }
  return ids;
}

/** Every file the instance already references: its form's attachments and the timeline's. */
export function referencedFileIds(state: InstanceState): Set<string> {
  return new Set([...attachmentIdsOf(state.formSchema, state.form), ...state.history.flatMap((h) => h.attachmentIds)]);
}

/**
 * A command may attach only files the actor uploaded (in this tenant: RLS hides the others) or
 * files the instance already carries — otherwise anyone could expose someone else's upload by
 * attaching its id to an approval they can see.
 */
export async function assertAttachable(ids: readonly string[], actorId: string, alreadyReferenced: ReadonlySet<string> = new Set()): Promise<void> {
  const fresh = [...new Set(ids)].filter((id) => !alreadyReferenced.has(id));
  if (fresh.length === 0) return;
  const found = new Map((await findFiles(fresh)).map((f) => [f.id, f]));
  const invalid = fresh.filter((id) => found.get(id)?.uploadedBy !== actorId);
  if (invalid.length > 0) throw approvalErrors['approval.attachment.invalid'](undefined, { fileIds: invalid });
}

/** The detail view's `files`: name, size and type of each referenced file, by id. */
export async function fileSummaries(ids: readonly string[]): Promise<Record<string, FileSummary>> {
  const rows = await findFiles(ids);
  return Object.fromEntries(rows.map((f) => [f.id, { id: f.id, name: f.name, size: f.size, mimeType: f.mimeType }]));
}

/** Whoever can see an instance that carries the file as an attachment may download it. */
async function approvalFileAccess(fileId: string, principal: Principal): Promise<boolean> {
  const readAll = hasPermission(principal, readAllInstances);
  const rows = await instancesMentioningFile(fileId);
  return rows.some((row) => (readAll || isParticipant(row.state, principal.userId)) && referencedFileIds(row.state).has(fileId));
}

registerFileAccess(approvalFileAccess);
