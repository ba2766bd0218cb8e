import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createPurchaseReceiptBody, errorResponse, idParams, purchaseReceipt, purchaseReceiptListQuery, purchaseReceiptPage } from '@triad/contracts';
import { asCaller } from '../../../platform/access/index.ts';
import { createReceipt } from '../application/receipts/create-receipt.ts';
import { listReceipts } from '../application/receipts/list-receipts.ts';
import { getReceipt } from '../application/receipts/receipt-view.ts';

const base = '/api/v1/procurement/receipts';
const tags = ['procurement'];
const errorResponses = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse, 422: errorResponse } as const;

/** 采购入库: the warehouse receives against a confirmed order; stock, incoming and the voucher follow. */
export function registerReceiptRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(base, {
    config: { permission: 'procurement.read' },
    schema: { tags, summary: 'Goods receipts', querystring: purchaseReceiptListQuery, response: { 200: purchaseReceiptPage, ...errorResponses } },
  }, (request) => asCaller(request, () => listReceipts(request.query)));

  r.post(base, {
    config: { permission: 'procurement.receive' },
    schema: { tags, summary: 'Receive goods against a confirmed purchase order (posts stock and voucher)', body: createPurchaseReceiptBody, response: { 201: purchaseReceipt, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await asCaller(request, async () => {
    const { receiptId } = await createReceipt(request.body);
    return getReceipt(receiptId);
  })));

  r.get(`${base}/:id`, {
    config: { permission: 'procurement.read' },
    schema: { tags, summary: 'One goods receipt with its lines and returns', params: idParams, response: { 200: purchaseReceipt, ...errorResponses } },
  }, (request) => asCaller(request, () => getReceipt(request.params.id)));
}
