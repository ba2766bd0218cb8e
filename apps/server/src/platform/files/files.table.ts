import { customType, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tenantId } from '../db/columns.ts';

/** node-postgres answers bytea as a Buffer, PGlite as a Uint8Array: both become a Buffer. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/** Uploaded files' metadata. The bytes live in `file_contents`, so listing metadata never loads them. */
export const files = pgTable('files', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  name: text('name').notNull(),
  size: integer('size').notNull(),
  mimeType: text('mime_type').notNull(),
  sha256: text('sha256').notNull(),
  uploadedBy: uuid('uploaded_by').notNull(),
  /** The uploader's display name at upload time: platform code does not read the org module. */
  uploadedByName: text('uploaded_by_name').notNull(),
  createdAt: createdAt(),
}, (t) => [index('files_tenant_uploader').on(t.tenantId, t.uploadedBy)]);

export const fileContents = pgTable('file_contents', {
  fileId: uuid('file_id').primaryKey().references(() => files.id, { onDelete: 'cascade' }),
  tenantId: tenantId(),
  bytes: bytea('bytes').notNull(),
});
