import { createHash } from 'node:crypto';
import type { StoredFile } from '@triad/contracts';
import { recordAudit } from '../audit/index.ts';
import { newId } from '../db/index.ts';
import { actor, tx } from '../tx/index.ts';
import { filesErrors } from './files.errors.ts';
import { fileContents, files } from './files.table.ts';

export interface UploadInput {
  bytes: Buffer;
  /** Raw `X-File-Name` header value (URI-encoded), if sent. */
  encodedName: string | undefined;
  contentType: string | undefined;
  uploader: { id: string; displayName: string };
}

const mimePattern = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/;

/** The base MIME type (parameters dropped); anything unparseable is stored as opaque bytes. */
export function normalizeMime(contentType: string | undefined): string {
  const base = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return base.length <= 127 && mimePattern.test(base) ? base : 'application/octet-stream';
}

/** The original name without path parts or control characters (browsers on Windows send `C:\…`). */
export function normalizeName(encoded: string | undefined): string {
  if (encoded === undefined || encoded.trim() === '') return 'file';
  let name: string;
  try {
    name = decodeURIComponent(encoded);
  } catch {
    throw filesErrors['files.file.badName']();
  }
  // eslint-disable-next-line no-control-regex
  name = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (name === '' || name === '.' || name === '..' || name.length > 255) throw filesErrors['files.file.badName']();
  return name;
}

/** Stores one upload (metadata and bytes in the same transaction) and audits it without the bytes. */
export async function storeFile(input: UploadInput): Promise<StoredFile> {
  if (input.bytes.length === 0) throw filesErrors['files.file.empty']();
  const name = normalizeName(input.encodedName);
  const row = {
    id: newId(), tenantId: actor().tenantId, name, size: input.bytes.length, mimeType: normalizeMime(input.contentType),
    sha256: createHash('sha256').update(input.bytes).digest('hex'),
    uploadedBy: input.uploader.id, uploadedByName: input.uploader.displayName,
  };
  const [saved] = await tx().insert(files).values(row).returning();
  await tx().insert(fileContents).values({ fileId: row.id, tenantId: row.tenantId, bytes: input.bytes });
  await recordAudit({ entity: 'file', entityId: row.id, action: 'upload', after: { name, size: row.size, mimeType: row.mimeType, sha256: row.sha256 } });
  return toStoredFile(saved ?? { ...row, createdAt: new Date() });
}

export function toStoredFile(row: typeof files.$inferSelect): StoredFile {
  return { id: row.id, name: row.name, size: row.size, mimeType: row.mimeType, sha256: row.sha256, createdAt: row.createdAt.toISOString() };
}
