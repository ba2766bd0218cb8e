import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  catalogItem, catalogItemListQuery, catalogItemPage, createCatalogItemRequest, errorResponse, idParams,
  itemBarcodeMatch, itemBarcodeQuery, updateCatalogItemRequest,
} from '@triad/contracts';
import { asCaller, principalOf } from '../../../platform/access/index.ts';
import { listItems } from '../application/list-items.ts';
import { createItem, getItem, lookupBarcode, updateItem } from '../application/manage-items.ts';

const base = '/api/v1/catalog/items';
const tags = ['catalog'];
const errorResponses = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse, 422: errorResponse } as const;

export function registerItemRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  // Every employee picks items for their purchase requests (采购申请), so reading the item master
  // needs only a session; the purchase price stays masked without catalog.viewCost.
  r.get(base, {
    config: { authenticated: true },
    schema: { tags, summary: 'Items (物料) by keyword, category tree, class; purchase price only with catalog.viewCost', querystring: catalogItemListQuery, response: { 200: catalogItemPage, ...errorResponses } },
  }, (request) => asCaller(request, () => listItems(principalOf(request), request.query)));

  r.get(`${base}/lookup`, {
    config: { permission: 'catalog.read' },
    schema: { tags, summary: 'The item of a scanned barcode (its own or a unit’s, e.g. a case)', querystring: itemBarcodeQuery, response: { 200: itemBarcodeMatch, ...errorResponses } },
  }, (request) => asCaller(request, () => lookupBarcode(principalOf(request), request.query.barcode)));

  r.get(`${base}/:id`, {
    config: { authenticated: true },
    schema: { tags, summary: 'One item with its unit conversions', params: idParams, response: { 200: catalogItem, ...errorResponses } },
  }, (request) => asCaller(request, () => getItem(principalOf(request), request.params.id)));

  r.post(base, {
    config: { permission: 'catalog.manage' },
    schema: { tags, summary: 'Create an item with its unit conversions', body: createCatalogItemRequest, response: { 201: catalogItem, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await asCaller(request, () => createItem(principalOf(request), request.body))));

  r.put(`${base}/:id`, {
    config: { permission: 'catalog.manage' },
    schema: { tags, summary: 'Edit, enable or disable an item; `units` replaces its conversions', params: idParams, body: updateCatalogItemRequest, response: { 200: catalogItem, ...errorResponses } },
  }, (request) => asCaller(request, () => updateItem(principalOf(request), request.params.id, request.body)));
}
