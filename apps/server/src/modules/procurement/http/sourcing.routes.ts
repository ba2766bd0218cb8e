import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  awardRfqRequest, bestSupplierPriceQuery, bestSupplierPriceResponse, createRfqRequest, createSupplierPriceRequest, errorResponse, idParams,
  okResponse, putRfqQuotesRequest, rfq, rfqComparison as rfqComparisonSchema, rfqList, rfqListQuery, supplierPrice, supplierPriceList,
  supplierPriceListQuery, updateRfqRequest, updateSupplierPriceRequest,
} from '@triad/contracts';
import { asCaller } from '../../../platform/access/index.ts';
import { awardRfq } from '../application/sourcing/award-rfq.ts';
import { cancelRfq, createRfq, putRfqQuotes, sendRfq, updateRfq } from '../application/sourcing/manage-rfqs.ts';
import { rfqComparison } from '../application/sourcing/rfq-comparison.ts';
import { getRfq, listRfqs } from '../application/sourcing/rfq-view.ts';
import {
  bestSupplierPriceView, createSupplierPrice, deleteSupplierPrice, listSupplierPrices, updateSupplierPrice,
} from '../application/sourcing/supplier-prices.ts';

const prices = '/api/v1/procurement/supplier-prices';
const rfqs = '/api/v1/procurement/rfqs';
const tags = ['procurement'];
const errorResponses = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse, 422: errorResponse } as const;

/** Sourcing (寻源): supplier price lists, RFQs, quotes, the comparison and the award. */
export function registerSourcingRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(prices, {
    config: { permission: 'procurement.read' },
    schema: { tags, summary: 'Supplier price list entries', querystring: supplierPriceListQuery, response: { 200: supplierPriceList, ...errorResponses } },
  }, (request) => asCaller(request, () => listSupplierPrices(request.query)));

  r.get(`${prices}/best`, {
    config: { permission: 'procurement.read' },
    schema: { tags, summary: 'The cheapest valid supplier price for an item, unit and quantity', querystring: bestSupplierPriceQuery, response: { 200: bestSupplierPriceResponse, ...errorResponses } },
  }, (request) => asCaller(request, () => bestSupplierPriceView(request.query)));

  r.post(prices, {
    config: { permission: 'procurement.order' },
    schema: { tags, summary: 'Add a supplier price', body: createSupplierPriceRequest, response: { 201: supplierPrice, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await asCaller(request, () => createSupplierPrice(request.body))));

  r.put(`${prices}/:id`, {
    config: { permission: 'procurement.order' },
    schema: { tags, summary: 'Change a supplier price', params: idParams, body: updateSupplierPriceRequest, response: { 200: supplierPrice, ...errorResponses } },
  }, (request) => asCaller(request, () => updateSupplierPrice(request.params.id, request.body)));

  r.delete(`${prices}/:id`, {
    config: { permission: 'procurement.order' },
    schema: { tags, summary: 'Remove a supplier price', params: idParams, response: { 200: okResponse, ...errorResponses } },
  }, (request) => asCaller(request, () => deleteSupplierPrice(request.params.id)));

  r.get(rfqs, {
    config: { permission: 'procurement.read' },
    schema: { tags, summary: 'Requests for quotation', querystring: rfqListQuery, response: { 200: rfqList, ...errorResponses } },
  }, (request) => asCaller(request, () => listRfqs(request.query)));

  r.post(rfqs, {
    config: { permission: 'procurement.order' },
    schema: { tags, summary: 'Draft a request for quotation (optionally for an approved purchase request)', body: createRfqRequest, response: { 201: rfq, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await asCaller(request, () => createRfq(request.body))));

  r.get(`${rfqs}/:id`, {
    config: { permission: 'procurement.read' },
    schema: { tags, summary: 'One request for quotation with lines, quotes and the orders awarded', params: idParams, response: { 200: rfq, ...errorResponses } },
  }, (request) => asCaller(request, () => getRfq(request.params.id)));

  r.put(`${rfqs}/:id`, {
    config: { permission: 'procurement.order' },
    schema: { tags, summary: 'Change a draft request for quotation', params: idParams, body: updateRfqRequest, response: { 200: rfq, ...errorResponses } },
  }, (request) => asCaller(request, () => updateRfq(request.params.id, request.body)));

  r.post(`${rfqs}/:id/send`, {
    config: { permission: 'procurement.order' },
    schema: { tags, summary: 'Send the request for quotation to its suppliers', params: idParams, response: { 200: rfq, ...errorResponses } },
  }, (request) => asCaller(request, () => sendRfq(request.params.id)));

  r.put(`${rfqs}/:id/quotes`, {
    config: { permission: 'procurement.order' },
    schema: { tags, summary: 'Enter the quotes of one or more suppliers (replaces theirs)', params: idParams, body: putRfqQuotesRequest, response: { 200: rfq, ...errorResponses } },
  }, (request) => asCaller(request, () => putRfqQuotes(request.params.id, request.body)));

  r.get(`${rfqs}/:id/comparison`, {
    config: { permission: 'procurement.read' },
    schema: { tags, summary: 'Side-by-side comparison of the quotes (cheapest and fastest marked)', params: idParams, response: { 200: rfqComparisonSchema, ...errorResponses } },
  }, (request) => asCaller(request, () => rfqComparison(request.params.id)));

  r.post(`${rfqs}/:id/award`, {
    config: { permission: 'procurement.order' },
    schema: { tags, summary: 'Award the chosen quotes: one draft purchase order per supplier', params: idParams, body: awardRfqRequest, response: { 200: rfq, ...errorResponses } },
  }, (request) => asCaller(request, () => awardRfq(request.params.id, request.body)));

  r.post(`${rfqs}/:id/cancel`, {
    config: { permission: 'procurement.order' },
    schema: { tags, summary: 'Cancel a request for quotation', params: idParams, response: { 200: rfq, ...errorResponses } },
  }, (request) => asCaller(request, () => cancelRfq(request.params.id)));
}
