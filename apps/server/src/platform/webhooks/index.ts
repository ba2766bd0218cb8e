// Outbound webhooks on the event bus, and the integration log's HTTP surface.
import type { App, AppContext } from '../../app.ts';
import { eventRoutes } from '../events/index.ts';
import { jobsReady } from '../jobs/index.ts';
import { webhookRoutes } from './webhooks.routes.ts';
import './webhooks.jobs.ts';

export { webhookSubscriptions, webhookDeliveries } from './webhooks.tables.ts';
export { signWebhook, sendWebhook } from './webhook-sender.ts';
export { isForbiddenAddress, assertWebhookUrl } from './url-guard.ts';
export { webhookDeliverJob } from './webhook-deliveries.ts';
export { webhookErrors } from './webhooks.errors.ts';

/** Integration log (event deliveries, event types) and webhook subscriptions/deliveries. */
export async function integrationRoutes(app: App, ctx: AppContext): Promise<void> {
  // Jobs and handlers defined by services that started after the job runtime get their queues
  // before the server takes requests.
  await jobsReady();
  await eventRoutes(app);
  await webhookRoutes(app, { allowPrivate: ctx.config.webhookAllowPrivate });
}
