import type {
  EventDelivery, EventTypeInfo, WebhookCreateBody, WebhookDelivery, WebhookSubscription,
  WebhookSubscriptionWithSecret, WebhookUpdateBody, WebhookUpdateResponse,
} from '@triad/contracts';
import { api } from '../../app/api/index.ts';
import { pathFetcher, type ListFetcher } from '../../shared/list/index.ts';

export const integrationKeys = {
  eventTypes: ['integration', 'event-types'] as const,
};
export const listIds = {
  deliveries: 'platform.integration.deliveries',
  webhooks: 'platform.integration.webhooks',
  webhookDeliveries: 'platform.integration.webhookDeliveries',
};

export const deliveryFetcher: ListFetcher<EventDelivery> = pathFetcher<EventDelivery>('/api/v1/integration/deliveries');
export const replayDelivery = (id: string) => api.post<unknown>(`/api/v1/integration/deliveries/${id}/replay`);
export const listEventTypes = async (): Promise<EventTypeInfo[]> =>
  (await api.get<{ items: EventTypeInfo[] }>('/api/v1/integration/event-types')).items;

export const webhookFetcher: ListFetcher<WebhookSubscription> = async () => ({
  items: (await api.get<{ items: WebhookSubscription[] }>('/api/v1/integration/webhooks')).items,
  nextCursor: null,
});
export const createWebhook = (body: WebhookCreateBody) => api.post<WebhookSubscriptionWithSecret>('/api/v1/integration/webhooks', body);
export const updateWebhook = (id: string, body: WebhookUpdateBody) => api.patch<WebhookUpdateResponse>(`/api/v1/integration/webhooks/${id}`, body);
export const deleteWebhook = (id: string) => api.delete<unknown>(`/api/v1/integration/webhooks/${id}`);
export const testWebhook = (id: string) => api.post<{ eventId: string }>(`/api/v1/integration/webhooks/${id}/test`);

export const webhookDeliveryFetcher = (subscriptionId: string): ListFetcher<WebhookDelivery> =>
  pathFetcher<WebhookDelivery>('/api/v1/integration/webhook-deliveries', { subscriptionId });
export const replayWebhookDelivery = (id: string) => api.post<unknown>(`/api/v1/integration/webhook-deliveries/${id}/replay`);
