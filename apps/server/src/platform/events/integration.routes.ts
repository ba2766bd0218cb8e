import { eventDelivery, eventDeliveryListQuery, eventTypeLabels, eventTypeList, eventTypes, idParams, page } from '@triad/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { asCaller } from '../access/index.ts';
import { listEventDeliveries, replayEventDelivery } from './event-deliveries.ts';

/** Integration log: event deliveries with their retries and dead letters, and the event catalogue. */
export async function eventRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/v1/integration/deliveries', {
    config: { permission: 'platform.integration.read' },
    schema: {
      tags: ['integration'],
      summary: 'Event deliveries per handler (newest first)',
      querystring: eventDeliveryListQuery,
      response: { 200: page(eventDelivery) },
    },
  }, (request) => asCaller(request, () => listEventDeliveries(request.query)));

  r.post('/api/v1/integration/deliveries/:id/replay', {
    config: { permission: 'platform.integration.replay' },
    schema: {
      tags: ['integration'],
      summary: 'Deliver a failed or dead event delivery again',
      params: idParams,
      response: { 200: eventDelivery },
    },
  }, (request) => asCaller(request, () => replayEventDelivery(request.params.id)));

  // Any signed-in user: the catalogue names events, it reveals no data.
  r.get('/api/v1/integration/event-types', {
    config: { authenticated: true },
    schema: {
      tags: ['integration'],
      summary: 'Every event type with its zh-CN / en-US label',
      response: { 200: eventTypeList },
    },
  }, async () => ({ items: eventTypes.map((type) => ({ type, label: eventTypeLabels[type] })) }));
}
