import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createPurchaseReturnBody, errorResponse, idParams, purchaseReturn, purchaseReturnListQuery, purchaseReturnPage } from '@triad/contracts';
import { asCaller } from '../../../platform/access/index.ts';
import { createReturn } from '../application/receipts/create-return.ts';
import { listReturns } from '../application/receipts/list-receipts.ts';
import { getReturn } from '../application/receipts/receipt-view.ts';

const base = '/api/v1/procurement/returns';
const tags = ['procurement'];
const errorResponses = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse, 422: errorResponse } as const;

/** 采购退货: goods from a receipt go back to the supplier; stock and the 暂估 are reversed. */
export function registerReturnRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(base, {
    config: { permission: 'procurement.read' },
    schema: { tags, summary: 'Purchase returns', querystring: purchaseReturnListQuery, response: { 200: purchaseReturnPage, ...errorResponses } },
  }, (request) => asCaller(request, () => listReturns(request.query)));

  r.post(base, {
    config: { permission: 'procurement.receive' },
    schema: { tags, summary: 'Return goods of a receipt to the supplier (posts stock and voucher)', body: createPurchaseReturnBody, response: { 201: purchaseReturn, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await asCaller(request, async () => {
    const { returnId } = await createReturn(request.body);
    return getReturn(returnId);
  })));

  r.get(`${base}/:id`, {
    config: { permission: 'procurement.read' },
    schema: { tags, summary: 'One purchase return', params: idParams, response: { 200: purchaseReturn, ...errorResponses } },
  }, (request) => asCaller(request, () => getReturn(request.params.id)));
}
