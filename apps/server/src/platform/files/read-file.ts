import { eq, inArray } from 'drizzle-orm';
import type { FileMetadata, FileSummary } from '@triad/contracts';
import type { Principal } from '../access/index.ts';
import { tx } from '../tx/index.ts';
import { anyResolverGrants } from './file-access.registry.ts';
import { filesErrors } from './files.errors.ts';
import { fileContents, files } from './files.table.ts';
import { toStoredFile } from './store-file.ts';

type FileRow = typeof files.$inferSelect;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The file if the caller may read it: the uploader always, anyone else only when a registered
 * resolver vouches. Otherwise "not found" — a file's existence is as private as its content.
 */
async function readableFile(id: string, principal: Principal): Promise<FileRow> {
  const [row] = await tx().select().from(files).where(eq(files.id, id));
  if (!row) throw filesErrors['files.file.notFound']();
  if (row.uploadedBy !== principal.userId && !(await anyResolverGrants(row.id, principal))) throw filesErrors['files.file.notFound']();
  return row;
}

export async function fileMetadataOf(id: string, principal: Principal): Promise<FileMetadata> {
  const row = await readableFile(id, principal);
  return { ...toStoredFile(row), uploadedBy: { id: row.uploadedBy, displayName: row.uploadedByName } };
}

export async function fileContentOf(id: string, principal: Principal): Promise<{ meta: FileRow; bytes: Buffer }> {
  const meta = await readableFile(id, principal);
  const [content] = await tx().select({ bytes: fileContents.bytes }).from(fileContents).where(eq(fileContents.fileId, id));
  if (!content) throw filesErrors['files.file.notFound']();
  return { meta, bytes: content.bytes };
}

/**
 * Metadata of the tenant's files among `ids` (unknown or malformed ids are simply absent), for
 * areas that reference files — no access check: the caller decides what it may show.
 */
export async function findFiles(ids: readonly string[]): Promise<Array<FileSummary & { uploadedBy: string }>> {
  const wanted = [...new Set(ids.filter((id) => uuidPattern.test(id)))];
  if (wanted.length === 0) return [];
  return tx().select({ id: files.id, name: files.name, size: files.size, mimeType: files.mimeType, uploadedBy: files.uploadedBy })
    .from(files).where(inArray(files.id, wanted));
}
