import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  billableList, billableQuery, billMatchResult, createSupplierBillRequest, errorResponse, idParams, supplierBill, supplierBillList, supplierBillListQuery,
} from '@triad/contracts';
import { asCaller } from '../../../platform/access/index.ts';
import { billableLines, getSupplierBill, listSupplierBills } from '../application/bills/bill-view.ts';
import { createSupplierBill } from '../application/bills/create-bill.ts';
import { previewBillMatch } from '../application/bills/match-bill.ts';

const base = '/api/v1/procurement/bills';
const tags = ['procurement'];
const errorResponses = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse, 422: errorResponse } as const;

/** Supplier bills (供应商发票): what is billable, the three-way match preview, entry and view. */
export function registerBillRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(base, {
    config: { permission: 'procurement.read' },
    schema: { tags, summary: 'Supplier bills', querystring: supplierBillListQuery, response: { 200: supplierBillList, ...errorResponses } },
  }, (request) => asCaller(request, () => listSupplierBills(request.query)));

  r.get(`${base}/billable`, {
    config: { permission: 'procurement.bill' },
    schema: { tags, summary: 'Received goods of a supplier not yet billed (received − returned − billed)', querystring: billableQuery, response: { 200: billableList, ...errorResponses } },
  }, (request) => asCaller(request, () => billableLines(request.query.supplierId)));

  r.post(`${base}/match`, {
    config: { permission: 'procurement.bill' },
    schema: { tags, summary: 'Three-way match preview (order × receipt × bill); writes nothing', body: createSupplierBillRequest, response: { 200: billMatchResult, ...errorResponses } },
  }, (request) => asCaller(request, () => previewBillMatch(request.body)));

  r.post(base, {
    config: { permission: 'procurement.bill' },
    schema: {
      tags, summary: 'Enter a supplier bill: matched three ways, then posted (voucher, payable) and sent for payment',
      body: createSupplierBillRequest, response: { 201: supplierBill, ...errorResponses },
    },
  }, async (request, reply) => reply.status(201).send(await asCaller(request, () => createSupplierBill(request.body))));

  r.get(`${base}/:id`, {
    config: { permission: 'procurement.read' },
    schema: { tags, summary: 'One supplier bill with its lines and match', params: idParams, response: { 200: supplierBill, ...errorResponses } },
  }, (request) => asCaller(request, () => getSupplierBill(request.params.id)));
}
