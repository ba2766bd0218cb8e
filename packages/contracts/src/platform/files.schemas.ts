import { z } from 'zod';

/** Largest file the server stores (bytes): 10 MiB, enough for scanned invoices and contracts. */
export const maxFileBytes = 10 * 1024 * 1024;

/** Header carrying the original file name, `encodeURIComponent`-encoded (headers are ASCII). */
export const fileNameHeader = 'x-file-name';

/** What an upload answers: the stored file's metadata (never its bytes). */
export const storedFile = z.object({
  id: z.uuid(),
  name: z.string(),
  size: z.number().int(),
  mimeType: z.string(),
  /** Hex SHA-256 of the bytes, computed by the server. */
  sha256: z.string(),
  createdAt: z.string(),
});
export type StoredFile = z.infer<typeof storedFile>;

export const fileMetadata = storedFile.extend({
  uploadedBy: z.object({ id: z.uuid(), displayName: z.string() }),
});
export type FileMetadata = z.infer<typeof fileMetadata>;

/** The short form other areas embed (e.g. an approval's `files`). */
export const fileSummary = z.object({ id: z.uuid(), name: z.string(), size: z.number().int(), mimeType: z.string() });
export type FileSummary = z.infer<typeof fileSummary>;
