import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  catalogUnit, catalogUnitList, createCatalogUnitRequest, createItemCategoryRequest, errorResponse, idParams,
  itemCategory, itemCategoryList, updateCatalogUnitRequest, updateItemCategoryRequest,
} from '@triad/contracts';
import { asCaller } from '../../../platform/access/index.ts';
import { createCategory, listCategories, updateCategory } from '../application/manage-categories.ts';
import { createUnit, listUnits, updateUnit } from '../application/manage-units.ts';

const base = '/api/v1/catalog';
const tags = ['catalog'];
const errorResponses = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse, 422: errorResponse } as const;

/** Item categories (物料分类, a tree) and units (计量单位). */
export function registerMasterRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(`${base}/categories`, {
    config: { permission: 'catalog.read' },
    schema: { tags, summary: 'Item categories (flat list with parentId)', response: { 200: itemCategoryList, ...errorResponses } },
  }, (request) => asCaller(request, () => listCategories()));

  r.post(`${base}/categories`, {
    config: { permission: 'catalog.manage' },
    schema: { tags, summary: 'Create an item category', body: createItemCategoryRequest, response: { 201: itemCategory, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await asCaller(request, () => createCategory(request.body))));

  r.put(`${base}/categories/:id`, {
    config: { permission: 'catalog.manage' },
    schema: { tags, summary: 'Edit, move, enable or disable an item category', params: idParams, body: updateItemCategoryRequest, response: { 200: itemCategory, ...errorResponses } },
  }, (request) => asCaller(request, () => updateCategory(request.params.id, request.body)));

  r.get(`${base}/units`, {
    config: { permission: 'catalog.read' },
    schema: { tags, summary: 'Units of measure', response: { 200: catalogUnitList, ...errorResponses } },
  }, (request) => asCaller(request, () => listUnits()));

  r.post(`${base}/units`, {
    config: { permission: 'catalog.manage' },
    schema: { tags, summary: 'Create a unit of measure', body: createCatalogUnitRequest, response: { 201: catalogUnit, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await asCaller(request, () => createUnit(request.body))));

  r.put(`${base}/units/:id`, {
    config: { permission: 'catalog.manage' },
    schema: { tags, summary: 'Edit, enable or disable a unit', params: idParams, body: updateCatalogUnitRequest, response: { 200: catalogUnit, ...errorResponses } },
  }, (request) => asCaller(request, () => updateUnit(request.params.id, request.body)));
}
