import { and, eq, gte, ilike, lte, or, type SQL } from 'drizzle-orm';
import type { AuditEntry, AuditListQuery, Page } from '@triad/contracts';
import { actor, tx } from '../tx/index.ts';
import { keysetPage, type ListSpec } from '../http/index.ts';
import { auditLog } from './audit.table.ts';

// The log is read newest first only: investigations start from "what just happened".
const spec: ListSpec = { sortable: { at: auditLog.at }, defaultSort: '-at', id: auditLog.id };

/** `%` and `_` typed by the user are literal characters, not wildcards. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** One page of the tenant's audit log; filters combine with AND. */
export async function listAudit(query: AuditListQuery): Promise<Page<AuditEntry>> {
  const plan = keysetPage(spec, { cursor: query.cursor, limit: query.limit });
  const conditions: (SQL | undefined)[] = [eq(auditLog.tenantId, actor().tenantId), plan.where];
  if (query.entity) conditions.push(eq(auditLog.entity, query.entity));
  if (query.entityId) conditions.push(eq(auditLog.entityId, query.entityId));
  if (query.action) conditions.push(eq(auditLog.action, query.action));
  if (query.userId) conditions.push(eq(auditLog.userId, query.userId));
  if (query.from) conditions.push(gte(auditLog.at, new Date(query.from)));
  if (query.to) conditions.push(lte(auditLog.at, new Date(query.to)));
  if (query.q) {
    const pattern = containsPattern(query.q);
    conditions.push(or(ilike(auditLog.entityId, pattern), ilike(auditLog.userName, pattern), ilike(auditLog.action, pattern)));
  }
  const rows = await tx().select().from(auditLog).where(and(...conditions)).orderBy(...plan.orderBy).limit(plan.limit);
  const page = plan.page(rows, (r) => ({ sortValue: r.at, id: r.id }));
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      userId: r.userId,
      userName: r.userName,
      requestId: r.requestId,
      ip: r.ip,
      entity: r.entity,
      entityId: r.entityId,
      action: r.action,
      before: r.before ?? null,
      after: r.after ?? null,
    })),
  };
}
