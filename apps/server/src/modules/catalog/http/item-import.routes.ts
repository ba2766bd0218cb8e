import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse, itemImportRequest, itemImportResult } from '@triad/contracts';
import { localeFromHeader } from '../../../platform/i18n/index.ts';
import { asCaller } from '../../../platform/access/index.ts';
import { importBodyLimit, sendXlsx } from '../../partners/index.ts';
import { importItems, itemImportTemplate } from '../application/import-items.ts';

const base = '/api/v1/catalog/items';
const tags = ['catalog'];
const errorResponses = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 409: errorResponse, 413: errorResponse, 422: errorResponse } as const;

/** Excel import of items (物料导入) and its template. */
export function registerItemImportRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(`${base}/import-template`, {
    config: { permission: 'catalog.read' },
    schema: { tags, summary: 'The Excel template of the item import (物料导入模板.xlsx)' },
  }, async (_request, reply) => sendXlsx(reply, '物料导入模板.xlsx', await itemImportTemplate()));

  r.post(`${base}/import`, {
    config: { permission: 'catalog.manage' },
    bodyLimit: importBodyLimit,
    schema: { tags, summary: 'Import items from Excel: all or nothing, upsert by code; dryRun only checks', body: itemImportRequest, response: { 200: itemImportResult, ...errorResponses } },
  }, (request) => asCaller(request, () => importItems(request.body, localeFromHeader(request.headers['accept-language']))));
}
