import { z } from 'zod';
import { pageQuery } from '../common/pagination.ts';
import { id } from '../common/scalars.ts';

/** pending → succeeded, or failed (a retry is scheduled) → … → dead (retries exhausted; replayable). */
export const deliveryStatus = z.enum(['pending', 'succeeded', 'failed', 'dead']);
export type DeliveryStatus = z.infer<typeof deliveryStatus>;

const localizedLabel = z.object({ 'zh-CN': z.string(), 'en-US': z.string() });

/** One (event, handler) delivery of the integration log. */
export const eventDelivery = z.object({
  id,
  eventId: id,
  eventType: z.string(),
  handler: z.string(),
  status: deliveryStatus,
  attempts: z.number().int(),
  /** Last failure's message (never SQL), truncated. */
  lastError: z.string().nullable(),
  occurredAt: z.string(),
  actorUserId: id.nullable(),
  payload: z.unknown(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type EventDelivery = z.infer<typeof eventDelivery>;

/** Newest first. */
export const eventDeliveryListQuery = pageQuery.pick({ cursor: true, limit: true }).extend({
  status: deliveryStatus.optional(),
  eventType: z.string().max(100).optional(),
  handler: z.string().max(100).optional(),
});
export type EventDeliveryListQuery = z.infer<typeof eventDeliveryListQuery>;

export const eventTypeInfo = z.object({ type: z.string(), label: localizedLabel });
export const eventTypeList = z.object({ items: z.array(eventTypeInfo) });
export type EventTypeInfo = z.infer<typeof eventTypeInfo>;

const webhookName = z.string().trim().min(1).max(100);
const webhookUrl = z.string().trim().min(1).max(2000);
/** Known event types or `*`; checked against the event map by the server. */
const webhookEventTypes = z.array(z.string().min(1).max(100)).min(1).max(200);

export const webhookSubscription = z.object({
  id,
  name: z.string(),
  url: z.string(),
  eventTypes: z.array(z.string()),
  active: z.boolean(),
  /** The secret is shown once, at creation or rotation; lists carry only its last characters. */
  secretHint: z.string(),
  createdAt: z.string(),
});
export type WebhookSubscription = z.infer<typeof webhookSubscription>;

/** Answer of create (and of a PATCH with rotateSecret): the only time the signing secret is shown. */
export const webhookSubscriptionWithSecret = webhookSubscription.extend({ secret: z.string() });
export type WebhookSubscriptionWithSecret = z.infer<typeof webhookSubscriptionWithSecret>;

export const webhookCreateBody = z.object({
  name: webhookName,
  url: webhookUrl,
  eventTypes: webhookEventTypes,
  active: z.boolean().optional(),
});
export type WebhookCreateBody = z.infer<typeof webhookCreateBody>;

export const webhookUpdateBody = z.object({
  name: webhookName.optional(),
  url: webhookUrl.optional(),
  eventTypes: webhookEventTypes.optional(),
  active: z.boolean().optional(),
  /** Issue a new signing secret; the answer then carries it once in `secret`. */
  rotateSecret: z.boolean().optional(),
});
export type WebhookUpdateBody = z.infer<typeof webhookUpdateBody>;

export const webhookUpdateResponse = webhookSubscription.extend({ secret: z.string().nullable() });
export type WebhookUpdateResponse = z.infer<typeof webhookUpdateResponse>;

export const webhookSubscriptionList = z.object({ items: z.array(webhookSubscription) });

export const webhookTestResponse = z.object({ eventId: id });

export const webhookDelivery = z.object({
  id,
  subscriptionId: id,
  eventId: id,
  eventType: z.string(),
  status: deliveryStatus,
  attempts: z.number().int(),
  /** HTTP status of the last attempt; null when no answer came (timeout, refused address). */
  responseStatus: z.number().int().nullable(),
  lastError: z.string().nullable(),
  /** The JSON body that is POSTed (and signed). */
  payload: z.unknown(),
  createdAt: z.string(),
  deliveredAt: z.string().nullable(),
});
export type WebhookDelivery = z.infer<typeof webhookDelivery>;

/** Newest first. */
export const webhookDeliveryListQuery = pageQuery.pick({ cursor: true, limit: true }).extend({
  subscriptionId: id.optional(),
  status: deliveryStatus.optional(),
});
export type WebhookDeliveryListQuery = z.infer<typeof webhookDeliveryListQuery>;

/** Request headers of every webhook POST. */
export const webhookHeaders = {
  event: 'X-Triad-Event',
  delivery: 'X-Triad-Delivery',
  timestamp: 'X-Triad-Timestamp',
  /** `sha256=<hex HMAC-SHA256 of "<timestamp>.<body>" keyed with the subscription secret>` */
  signature: 'X-Triad-Signature',
} as const;
