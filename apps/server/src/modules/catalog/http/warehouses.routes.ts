import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createWarehouseRequest, errorResponse, idParams, updateWarehouseRequest, warehouse, warehouseList, warehouseListQuery } from '@triad/contracts';
import { asCaller } from '../../../platform/access/index.ts';
import { createWarehouse, listWarehouses, updateWarehouse } from '../application/manage-warehouses.ts';

const base = '/api/v1/catalog/warehouses';
const tags = ['catalog'];
const errorResponses = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse, 422: errorResponse } as const;

/** Warehouses (仓库) with their locations (库位). */
export function registerWarehouseRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(base, {
    config: { permission: 'catalog.read' },
    schema: { tags, summary: 'Warehouses with their locations', querystring: warehouseListQuery, response: { 200: warehouseList, ...errorResponses } },
  }, (request) => asCaller(request, () => listWarehouses(request.query)));

  r.post(base, {
    config: { permission: 'catalog.manage' },
    schema: { tags, summary: 'Create a warehouse (the first one becomes the default)', body: createWarehouseRequest, response: { 201: warehouse, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await asCaller(request, () => createWarehouse(request.body))));

  r.put(`${base}/:id`, {
    config: { permission: 'catalog.manage' },
    schema: { tags, summary: 'Edit a warehouse; `locations` is the full list (left-out ones are disabled)', params: idParams, body: updateWarehouseRequest, response: { 200: warehouse, ...errorResponses } },
  }, (request) => asCaller(request, () => updateWarehouse(request.params.id, request.body)));
}
