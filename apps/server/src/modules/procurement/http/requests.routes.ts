import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  createOrdersFromRequestResponse, createPurchaseRequestBody, errorResponse, idParams, purchaseRequest, purchaseRequestListQuery, purchaseRequestPage, updatePurchaseRequestBody,
} from '@triad/contracts';
import { asCaller, hasPermission, principalOf } from '../../../platform/access/index.ts';
import { createOrdersFromRequest } from '../application/requests/create-orders-from-request.ts';
import { cancelRequest, createRequest, updateRequest } from '../application/requests/manage-request.ts';
import { listRequests } from '../application/requests/list-requests.ts';
import { getRequest } from '../application/requests/request-view.ts';
import { submitRequest } from '../application/requests/submit-request.ts';

const base = '/api/v1/procurement/requests';
const tags = ['procurement'];
const errorResponses = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse, 422: errorResponse } as const;

/** 采购申请: every employee raises and follows their own; procurement.read sees everyone's. */
export function registerRequestRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const readsAll = (request: Parameters<typeof principalOf>[0]) => hasPermission(principalOf(request), 'procurement.read');

  r.get(base, {
    config: { authenticated: true },
    schema: { tags, summary: 'Purchase requests: mine, or all with procurement.read', querystring: purchaseRequestListQuery, response: { 200: purchaseRequestPage, ...errorResponses } },
  }, (request) => asCaller(request, () => listRequests(request.query, readsAll(request))));

  r.post(base, {
    config: { authenticated: true },
    schema: { tags, summary: 'Draft a purchase request', body: createPurchaseRequestBody, response: { 201: purchaseRequest, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await asCaller(request, async () => {
    const { id } = await createRequest(request.body);
    return getRequest(id, true);
  })));

  r.get(`${base}/:id`, {
    config: { authenticated: true },
    schema: { tags, summary: 'One purchase request with its lines, orders and live status', params: idParams, response: { 200: purchaseRequest, ...errorResponses } },
  }, (request) => asCaller(request, () => getRequest(request.params.id, readsAll(request))));

  r.put(`${base}/:id`, {
    config: { authenticated: true },
    schema: { tags, summary: 'Change a draft or rejected request (requester only)', params: idParams, body: updatePurchaseRequestBody, response: { 200: purchaseRequest, ...errorResponses } },
  }, (request) => asCaller(request, async () => {
    await updateRequest(request.params.id, request.body);
    return getRequest(request.params.id, true);
  }));

  r.post(`${base}/:id/submit`, {
    config: { authenticated: true },
    schema: { tags, summary: 'Submit the request to its OA approval (采购申请)', params: idParams, response: { 200: purchaseRequest, ...errorResponses } },
  }, (request) => asCaller(request, async () => {
    await submitRequest(request.params.id);
    return getRequest(request.params.id, true);
  }));

  r.post(`${base}/:id/cancel`, {
    config: { authenticated: true },
    schema: { tags, summary: 'Cancel a draft or rejected request (requester only)', params: idParams, response: { 200: purchaseRequest, ...errorResponses } },
  }, (request) => asCaller(request, async () => {
    await cancelRequest(request.params.id);
    return getRequest(request.params.id, true);
  }));

  r.post(`${base}/:id/orders`, {
    config: { permission: 'procurement.order' },
    schema: { tags, summary: 'Order the still unordered lines of an approved request (grouped by supplier; safe to repeat)', params: idParams, response: { 200: createOrdersFromRequestResponse, ...errorResponses } },
  }, (request) => asCaller(request, () => createOrdersFromRequest(request.params.id)));
}
