import {
  idParams, okResponse, page, webhookCreateBody, webhookDelivery, webhookDeliveryListQuery, webhookSubscriptionList,
  webhookSubscriptionWithSecret, webhookTestResponse, webhookUpdateBody, webhookUpdateResponse,
} from '@triad/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { asCaller } from '../access/index.ts';
import { listWebhookDeliveries, replayWebhookDelivery } from './webhook-deliveries.ts';
import {
  createWebhookSubscription, deleteWebhookSubscription, listWebhookSubscriptions, testWebhookSubscription, updateWebhookSubscription,
} from './webhook-subscriptions.ts';

const tags = ['integration'];

export async function webhookRoutes(app: FastifyInstance, opts: { allowPrivate: boolean }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const manage = { permission: 'platform.webhook.manage' };

  r.get('/api/v1/integration/webhooks', {
    config: manage,
    schema: { tags, summary: 'Webhook subscriptions of the company', response: { 200: webhookSubscriptionList } },
  }, (request) => asCaller(request, () => listWebhookSubscriptions()));

  r.post('/api/v1/integration/webhooks', {
    config: manage,
    schema: {
      tags, summary: 'Subscribe a URL to event types (the signing secret is returned once)',
      body: webhookCreateBody, response: { 200: webhookSubscriptionWithSecret },
    },
  }, (request) => asCaller(request, () => createWebhookSubscription(request.body, opts.allowPrivate)));

  r.patch('/api/v1/integration/webhooks/:id', {
    config: manage,
    schema: {
      tags, summary: 'Change a subscription; rotateSecret returns a new secret once',
      params: idParams, body: webhookUpdateBody, response: { 200: webhookUpdateResponse },
    },
  }, (request) => asCaller(request, () => updateWebhookSubscription(request.params.id, request.body, opts.allowPrivate)));

  r.delete('/api/v1/integration/webhooks/:id', {
    config: manage,
    schema: { tags, summary: 'Delete a subscription (its delivery log stays)', params: idParams, response: { 200: okResponse } },
  }, (request) => asCaller(request, () => deleteWebhookSubscription(request.params.id)));

  r.post('/api/v1/integration/webhooks/:id/test', {
    config: manage,
    schema: {
      tags, summary: 'Send a platform.webhook.tested event to this subscription',
      params: idParams, response: { 200: webhookTestResponse },
    },
  }, (request) => asCaller(request, () => testWebhookSubscription(request.params.id)));

  r.get('/api/v1/integration/webhook-deliveries', {
    config: { permission: 'platform.integration.read' },
    schema: {
      tags, summary: 'Webhook deliveries (newest first)',
      querystring: webhookDeliveryListQuery, response: { 200: page(webhookDelivery) },
    },
  }, (request) => asCaller(request, () => listWebhookDeliveries(request.query)));

  r.post('/api/v1/integration/webhook-deliveries/:id/replay', {
    config: { permission: 'platform.integration.replay' },
    schema: {
      tags, summary: 'Send a failed or dead webhook delivery again',
      params: idParams, response: { 200: webhookDelivery },
    },
  }, (request) => asCaller(request, () => replayWebhookDelivery(request.params.id)));
}
