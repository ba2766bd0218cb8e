import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  createAdjustmentRequest, createStockCountRequest, createTransferRequest, errorResponse, idParams, okResponse,
  reorderRule, reorderRuleList, reorderRuleParams, reorderRuleQuery, slowMoverQuery, slowMoverReport, stockAlertList, stockAlertQuery,
  stockCount, stockCountPage, stockCountQuery, stockDocumentResult, stockMovePage, stockMoveQuery, stockPage, stockQuery,
  turnoverQuery, turnoverReport as turnoverReportSchema, updateStockCountLinesRequest, upsertReorderRuleRequest,
} from '@triad/contracts';
import { asCaller } from '../../../platform/access/index.ts';
import { createAdjustment } from '../application/adjustments.ts';
import { enterCountedQuantities } from '../application/counts/count-lines.ts';
import { getStockCount, listStockCounts } from '../application/counts/count-view.ts';
import { createStockCount } from '../application/counts/create-count.ts';
import { cancelStockCount, postStockCount } from '../application/counts/post-count.ts';
import { listReorderRules, removeReorderRule, saveReorderRule } from '../application/reorder-rules.ts';
import { slowMovers, turnoverReport } from '../application/reports.ts';
import { listStockMoves } from '../application/stock-ledger.ts';
import { listStock, listStockAlerts } from '../application/stock-overview.ts';
import { createTransfer } from '../application/transfers.ts';

const base = '/api/v1/inventory';
const tags = ['inventory'];
const errorResponses = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse, 422: errorResponse } as const;

export function registerInventoryHttp(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(`${base}/stock`, {
    config: { permission: 'inventory.read' },
    schema: { tags, summary: 'Stock per item × warehouse: on hand, reserved, available, incoming, value', querystring: stockQuery, response: { 200: stockPage, ...errorResponses } },
  }, (request) => asCaller(request, () => listStock(request.query)));

  r.get(`${base}/alerts`, {
    config: { permission: 'inventory.read' },
    schema: { tags, summary: 'Low-stock alerts (库存预警) with the suggested reorder quantity and default supplier', querystring: stockAlertQuery, response: { 200: stockAlertList, ...errorResponses } },
  }, (request) => asCaller(request, () => listStockAlerts(request.query)));

  r.get(`${base}/moves`, {
    config: { permission: 'inventory.read' },
    schema: { tags, summary: 'The stock ledger (库存流水), newest first', querystring: stockMoveQuery, response: { 200: stockMovePage, ...errorResponses } },
  }, (request) => asCaller(request, () => listStockMoves(request.query)));

  r.post(`${base}/transfers`, {
    config: { permission: 'inventory.move' },
    schema: { tags, summary: 'Transfer stock between warehouses (调拨), at cost', body: createTransferRequest, response: { 201: stockDocumentResult, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await asCaller(request, () => createTransfer(request.body))));

  r.post(`${base}/adjustments`, {
    config: { permission: 'inventory.move' },
    schema: { tags, summary: 'Adjust stock (报损/报溢) with its voucher against 1901', body: createAdjustmentRequest, response: { 201: stockDocumentResult, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await asCaller(request, () => createAdjustment(request.body))));

  r.get(`${base}/counts`, {
    config: { permission: 'inventory.read' },
    schema: { tags, summary: 'Stock counts (盘点单)', querystring: stockCountQuery, response: { 200: stockCountPage, ...errorResponses } },
  }, (request) => asCaller(request, () => listStockCounts(request.query)));

  r.post(`${base}/counts`, {
    config: { permission: 'inventory.count' },
    schema: { tags, summary: 'Start a stock count: freezes the system quantities of a warehouse (or category)', body: createStockCountRequest, response: { 201: stockCount, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await asCaller(request, async () => getStockCount(await createStockCount(request.body)))));

  r.get(`${base}/counts/:id`, {
    config: { permission: 'inventory.read' },
    schema: { tags, summary: 'One stock count with its lines and differences', params: idParams, response: { 200: stockCount, ...errorResponses } },
  }, (request) => asCaller(request, () => getStockCount(request.params.id)));

  r.put(`${base}/counts/:id/lines`, {
    config: { permission: 'inventory.count' },
    schema: { tags, summary: 'Enter counted quantities', params: idParams, body: updateStockCountLinesRequest, response: { 200: stockCount, ...errorResponses } },
  }, (request) => asCaller(request, async () => {
    await enterCountedQuantities(request.params.id, request.body);
    return getStockCount(request.params.id);
  }));

  r.post(`${base}/counts/:id/post`, {
    config: { permission: 'inventory.count' },
    schema: { tags, summary: 'Post the count: count moves for the differences and one voucher', params: idParams, response: { 200: stockCount, ...errorResponses } },
  }, (request) => asCaller(request, async () => {
    await postStockCount(request.params.id);
    return getStockCount(request.params.id);
  }));

  r.post(`${base}/counts/:id/cancel`, {
    config: { permission: 'inventory.count' },
    schema: { tags, summary: 'Cancel a count that was not posted', params: idParams, response: { 200: stockCount, ...errorResponses } },
  }, (request) => asCaller(request, async () => {
    await cancelStockCount(request.params.id);
    return getStockCount(request.params.id);
  }));

  r.get(`${base}/reorder-rules`, {
    config: { permission: 'inventory.read' },
    schema: { tags, summary: 'Safety stock and reorder points per item × warehouse', querystring: reorderRuleQuery, response: { 200: reorderRuleList, ...errorResponses } },
  }, (request) => asCaller(request, () => listReorderRules(request.query)));

  r.put(`${base}/reorder-rules`, {
    config: { permission: 'inventory.settings' },
    schema: { tags, summary: 'Create or replace the reorder rule of an item × warehouse', body: upsertReorderRuleRequest, response: { 200: reorderRule, ...errorResponses } },
  }, (request) => asCaller(request, () => saveReorderRule(request.body)));

  r.delete(`${base}/reorder-rules/:itemId/:warehouseId`, {
    config: { permission: 'inventory.settings' },
    schema: { tags, summary: 'Remove a reorder rule', params: reorderRuleParams, response: { 200: okResponse, ...errorResponses } },
  }, (request) => asCaller(request, async () => {
    await removeReorderRule(request.params.itemId, request.params.warehouseId);
    return { ok: true as const };
  }));

  r.get(`${base}/reports/turnover`, {
    config: { permission: 'inventory.read' },
    schema: { tags, summary: 'Inventory turnover (周转率) and days of inventory per item', querystring: turnoverQuery, response: { 200: turnoverReportSchema, ...errorResponses } },
  }, (request) => asCaller(request, () => turnoverReport(request.query)));

  r.get(`${base}/reports/slow-movers`, {
    config: { permission: 'inventory.read' },
    schema: { tags, summary: 'Slow movers (呆滞料): stock with no issue for N days', querystring: slowMoverQuery, response: { 200: slowMoverReport, ...errorResponses } },
  }, (request) => asCaller(request, () => slowMovers(request.query)));
}
