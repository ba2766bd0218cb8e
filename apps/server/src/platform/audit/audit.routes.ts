import { auditEntry, auditListQuery, page } from '@triad/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { asCaller } from '../access/index.ts';
import { listAudit } from './list-audit.ts';

export async function auditRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/v1/audit', {
    config: { permission: 'platform.audit.read' },
    schema: {
      tags: ['platform'],
      summary: 'Search the audit log (newest first)',
      querystring: auditListQuery,
      response: { 200: page(auditEntry) },
    },
  }, (request) => asCaller(request, () => listAudit(request.query)));
}
