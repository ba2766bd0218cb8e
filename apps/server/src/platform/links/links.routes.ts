import { documentChain as documentChainSchema, documentChainParams } from '@triad/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { asCaller, hasPermission, principalOf } from '../access/index.ts';
import { commonErrors } from '../http/index.ts';
import { documentChain } from './document-chain.ts';
import { linkedTypeDefinition } from './linked-type.registry.ts';

export async function linksRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  // Any signed-in user may open the panel; each document type guards its own nodes.
  app.get('/api/v1/links/:type/:id', {
    config: { authenticated: true },
    schema: {
      tags: ['platform'],
      summary: 'Document chain (单据联查): all upstream and downstream documents',
      params: documentChainParams,
      response: { 200: documentChainSchema },
    },
  }, async (request) => {
    const principal = principalOf(request);
    const canRead = (type: string) => {
      const permission = linkedTypeDefinition(type)?.permission;
      return !permission || hasPermission(principal, permission);
    };
    const { type, id } = request.params;
    if (!canRead(type)) throw commonErrors['common.forbidden']();
    return asCaller(request, () => documentChain(type, id, { canRead }));
  });
}
