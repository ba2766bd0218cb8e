import { auditLog } from './audit.table.ts';
import { actor, tx } from '../tx/index.ts';
import { newId } from '../db/index.ts';

export interface AuditEntry {
  entity: string;
  entityId: string;
  /** create | update | delete | disable | enable | login | … */
  action: string;
  before?: unknown;
  after?: unknown;
}

/** Every mutation writes one row in the same transaction, so the log and the change commit together. */
export async function recordAudit(entry: AuditEntry): Promise<void> {
  const a = actor();
  await tx().insert(auditLog).values({
    id: newId(),
    tenantId: a.tenantId,
    userId: a.userId ?? null,
    userName: a.userName ?? null,
    requestId: a.requestId ?? null,
    ip: a.ip ?? null,
    entity: entry.entity,
    entityId: entry.entityId,
    action: entry.action,
    before: entry.before === undefined ? null : entry.before,
    after: entry.after === undefined ? null : entry.after,
  });
}
