export { recordAudit } from './record-audit.ts';
export type { AuditEntry } from './record-audit.ts';
export { auditLog } from './audit.table.ts';
export { listAudit } from './list-audit.ts';
export { auditRoutes } from './audit.routes.ts';
