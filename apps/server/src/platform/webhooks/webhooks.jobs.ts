import type { EventType } from '@triad/contracts';
import { onAnyEvent } from '../events/index.ts';
import { defineJob } from '../jobs/index.ts';
import { deliverWebhook, fanOutToWebhooks, webhookDeliverJob, type WebhookDeliverJobData } from './webhook-deliveries.ts';
import { subscribedTypes } from './webhook-subscriptions.ts';

// Registered when the module loads, before the job runtime starts, so the queues exist before
// the first transaction emits an event.
onAnyEvent('webhooks.fanout', fanOutToWebhooks, {
  select: async (db, types) => (await subscribedTypes(db, types)) as Set<EventType>,
});

/*
 * Partners' endpoints go down for minutes, not seconds: eight attempts with exponential backoff
 * from 10 s (capped at 30 min) span about an hour before the delivery is dead. Deliveries of one
 * batch are sent side by side, since each may wait up to 10 s for an answer.
 */
defineJob<WebhookDeliverJobData>(webhookDeliverJob, deliverWebhook, {
  retryLimit: 7,
  retryDelay: 10,
  retryBackoff: true,
  retryDelayMax: 1800,
  expireInSeconds: 120,
  concurrency: 8,
});
