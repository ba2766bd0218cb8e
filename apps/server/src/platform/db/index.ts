export { openDatabase } from './client.ts';
export type { Database, Db, DatabaseKind, DatabaseOptions, RawRows } from './client.ts';
export { migrateDatabase } from './migrate.ts';
export { newId } from './ids.ts';
export { tenantId, createdAt, updatedAt } from './columns.ts';
export { schema } from './schema.ts';
