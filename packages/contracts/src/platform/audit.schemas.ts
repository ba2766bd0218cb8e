import { z } from 'zod';
import { pageQuery } from '../common/pagination.ts';
import { definePermissions } from '../common/permission.ts';

export const auditPermissions = definePermissions([
  { key: 'platform.audit.read', group: 'platform.audit', label: { 'zh-CN': '查看操作日志', 'en-US': 'View the audit log' } },
] as const);

/** Heading of the group in the role editor. */
export const auditPermissionGroups = {
  'platform.audit': { 'zh-CN': '操作日志', 'en-US': 'Audit log' },
} as const;

/** One row of the append-only audit log: who changed what, when, and the state before/after. */
export const auditEntry = z.object({
  id: z.uuid(),
  at: z.string(),
  userId: z.uuid().nullable(),
  userName: z.string().nullable(),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
  entity: z.string(),
  entityId: z.string(),
  action: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

/** Control characters (NUL above all) cannot be stored or searched in PostgreSQL text. */
const filterText = z.string().trim().min(1).max(100)
  .refine((s) => [...s].every((c) => c.charCodeAt(0) >= 32 && c !== '\u007f'), 'must not contain control characters');

/** Newest first. `q` matches the entity id, the user's name or the action. */
export const auditListQuery = pageQuery.pick({ cursor: true, limit: true }).extend({
  entity: filterText.optional(),
  entityId: filterText.optional(),
  action: filterText.optional(),
  userId: z.uuid().optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  q: filterText.optional(),
});
export type AuditListQuery = z.infer<typeof auditListQuery>;
