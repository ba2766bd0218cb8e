import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  createPurchaseOrderBody, errorResponse, idParams, purchaseOrder, purchaseOrderListQuery, purchaseOrderPage, receivableOrder, updatePurchaseOrderBody,
} from '@triad/contracts';
import { asCaller, principalOf } from '../../../platform/access/index.ts';
import { cancelOrder, closeOrder } from '../application/orders/cancel-order.ts';
import { createPurchaseOrder } from '../application/orders/create-order.ts';
import { listOrders } from '../application/orders/list-orders.ts';
import { getOrder, receivableOf } from '../application/orders/order-view.ts';
import { submitOrder } from '../application/orders/submit-order.ts';
import { updateOrder } from '../application/orders/update-order.ts';

const base = '/api/v1/procurement/orders';
const tags = ['procurement'];
const errorResponses = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse, 422: errorResponse } as const;

/** 采购订单: buyers draft, submit (approval by amount), cancel and close; receiving reads what is open. */
export function registerOrderRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(base, {
    config: { permission: 'procurement.read' },
    schema: { tags, summary: 'Purchase orders', querystring: purchaseOrderListQuery, response: { 200: purchaseOrderPage, ...errorResponses } },
  }, (request) => asCaller(request, () => listOrders(request.query)));

  r.post(base, {
    config: { permission: 'procurement.order' },
    schema: { tags, summary: 'Draft a purchase order', body: createPurchaseOrderBody, response: { 201: purchaseOrder, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await asCaller(request, async () => {
    const { orderId } = await createPurchaseOrder({ ...request.body, status: 'draft' });
    return getOrder(orderId);
  })));

  r.get(`${base}/:id`, {
    config: { permission: 'procurement.read' },
    schema: { tags, summary: 'One purchase order with lines, receipts and approval', params: idParams, response: { 200: purchaseOrder, ...errorResponses } },
  }, (request) => asCaller(request, () => getOrder(request.params.id)));

  r.put(`${base}/:id`, {
    config: { permission: 'procurement.order' },
    schema: { tags, summary: 'Change a draft or rejected purchase order', params: idParams, body: updatePurchaseOrderBody, response: { 200: purchaseOrder, ...errorResponses } },
  }, (request) => asCaller(request, async () => {
    await updateOrder(request.params.id, request.body);
    return getOrder(request.params.id);
  }));

  r.post(`${base}/:id/submit`, {
    config: { permission: 'procurement.order' },
    schema: { tags, summary: 'Submit the order to its approval (amount tiers)', params: idParams, response: { 200: purchaseOrder, ...errorResponses } },
  }, (request) => asCaller(request, async () => {
    await submitOrder(request.params.id, principalOf(request).userId);
    return getOrder(request.params.id);
  }));

  r.post(`${base}/:id/cancel`, {
    config: { permission: 'procurement.order' },
    schema: { tags, summary: 'Cancel an order nothing was received on', params: idParams, response: { 200: purchaseOrder, ...errorResponses } },
  }, (request) => asCaller(request, async () => {
    await cancelOrder(request.params.id);
    return getOrder(request.params.id);
  }));

  r.post(`${base}/:id/close`, {
    config: { permission: 'procurement.order' },
    schema: { tags, summary: 'Close an order: nothing more will be received', params: idParams, response: { 200: purchaseOrder, ...errorResponses } },
  }, (request) => asCaller(request, async () => {
    await closeOrder(request.params.id);
    return getOrder(request.params.id);
  }));

  r.get(`${base}/:id/receivable`, {
    config: { permission: 'procurement.read' },
    schema: { tags, summary: 'What can still be received on each line (tolerance included)', params: idParams, response: { 200: receivableOrder, ...errorResponses } },
  }, (request) => asCaller(request, () => receivableOf(request.params.id)));
}
