import type { FastifyInstance } from 'fastify';
import { registerInboxRoutes } from './http/inbox.routes.ts';
import { registerInstanceRoutes } from './http/instance.routes.ts';
import { registerRequestTypeRoutes } from './http/request-type.routes.ts';
import './application/timeout.job.ts';
import './application/reassign-tasks.ts';
import './application/attachments.ts';

/**
 * The approval module (审批): request types and their versions, instances run by the pure
 * engine in domain/, the inbox, out-of-office delegation and hand-over of leavers' tasks.
 * Business documents bind to approvals through the functions below (inside their own unit of work).
 */
export async function registerApprovalRoutes(app: FastifyInstance): Promise<void> {
  registerRequestTypeRoutes(app);
  registerInstanceRoutes(app);
  registerInboxRoutes(app);
}

export { submitForDocument, approvalOf, assertApproved } from './application/document-binding.ts';
export type { DocumentRef } from './application/document-binding.ts';
export { registerSubmitGuard } from './application/submit-guards.ts';
export type { SubmitGuard, SubmitGuardInput } from './application/submit-guards.ts';
export { seedRequestTypes } from './application/seed-request-types.ts';
export { approvalPermissions } from './permissions.ts';
export { approvalErrors } from './errors.ts';
