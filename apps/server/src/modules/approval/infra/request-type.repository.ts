import { and, desc, eq } from 'drizzle-orm';
import { tx } from '../../../platform/tx/index.ts';
import { approvalDefinitionVersions, approvalRequestTypes } from './approval.tables.ts';

export type RequestTypeRow = typeof approvalRequestTypes.$inferSelect;
export type VersionRow = typeof approvalDefinitionVersions.$inferSelect;

export async function listRequestTypeRows(): Promise<RequestTypeRow[]> {
  return tx().select().from(approvalRequestTypes).orderBy(approvalRequestTypes.createdAt, approvalRequestTypes.id);
}

export async function findRequestType(id: string): Promise<RequestTypeRow | undefined> {
  const [row] = await tx().select().from(approvalRequestTypes).where(eq(approvalRequestTypes.id, id));
  return row;
}

export async function findRequestTypeByCode(code: string): Promise<RequestTypeRow | undefined> {
  const [row] = await tx().select().from(approvalRequestTypes).where(eq(approvalRequestTypes.code, code));
  return row;
}

export async function insertRequestType(row: typeof approvalRequestTypes.$inferInsert): Promise<void> {
  await tx().insert(approvalRequestTypes).values(row);
}

export async function updateRequestType(id: string, patch: Partial<typeof approvalRequestTypes.$inferInsert>): Promise<void> {
  await tx().update(approvalRequestTypes).set({ ...patch, updatedAt: new Date() }).where(eq(approvalRequestTypes.id, id));
}

export async function findVersion(requestTypeId: string, version: number): Promise<VersionRow | undefined> {
  const [row] = await tx().select().from(approvalDefinitionVersions)
    .where(and(eq(approvalDefinitionVersions.requestTypeId, requestTypeId), eq(approvalDefinitionVersions.version, version)));
  return row;
}

export async function latestVersionNumber(requestTypeId: string): Promise<number> {
  const [row] = await tx().select({ version: approvalDefinitionVersions.version }).from(approvalDefinitionVersions)
    .where(eq(approvalDefinitionVersions.requestTypeId, requestTypeId)).orderBy(desc(approvalDefinitionVersions.version)).limit(1);
  return row?.version ?? 0;
}

export async function insertVersion(row: typeof approvalDefinitionVersions.$inferInsert): Promise<void> {
  await tx().insert(approvalDefinitionVersions).values(row);
}
