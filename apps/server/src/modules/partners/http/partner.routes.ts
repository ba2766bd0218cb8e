import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  createPartnerRequest, errorResponse, idParams, partnerDetail, partnerImportRequest, partnerImportResult,
  partnerListQuery, partnerPage, updatePartnerRequest,
} from '@triad/contracts';
import { localeFromHeader } from '../../../platform/i18n/index.ts';
import { asCaller } from '../../../platform/access/index.ts';
import { importPartners, partnerImportTemplate } from '../application/import-partners.ts';
import { listPartners } from '../application/list-partners.ts';
import { createPartner, getPartner, updatePartner } from '../application/manage-partners.ts';
import { importBodyLimit, sendXlsx } from './xlsx-reply.ts';

const base = '/api/v1/partners';
const tags = ['partners'];
const errorResponses = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse, 413: errorResponse, 422: errorResponse } as const;

export function registerPartnerRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(base, {
    config: { permission: 'partner.read' },
    schema: { tags, summary: 'Partners (往来单位) by code or name, customers or suppliers', querystring: partnerListQuery, response: { 200: partnerPage, ...errorResponses } },
  }, (request) => asCaller(request, () => listPartners(request.query)));

  r.get(`${base}/import-template`, {
    config: { permission: 'partner.read' },
    schema: { tags, summary: 'The Excel template of the partner import (往来单位导入模板.xlsx)' },
  }, async (_request, reply) => sendXlsx(reply, '往来单位导入模板.xlsx', await partnerImportTemplate()));

  r.post(`${base}/import`, {
    config: { permission: 'partner.manage' },
    bodyLimit: importBodyLimit,
    schema: { tags, summary: 'Import partners from Excel: all or nothing, upsert by code; dryRun only checks', body: partnerImportRequest, response: { 200: partnerImportResult, ...errorResponses } },
  }, (request) => asCaller(request, () => importPartners(request.body, localeFromHeader(request.headers['accept-language']))));

  r.get(`${base}/:id`, {
    config: { permission: 'partner.read' },
    schema: { tags, summary: 'One partner with contacts, bank accounts and addresses', params: idParams, response: { 200: partnerDetail, ...errorResponses } },
  }, (request) => asCaller(request, () => getPartner(request.params.id)));

  r.post(base, {
    config: { permission: 'partner.manage' },
    schema: { tags, summary: 'Create a partner (credit code checked per GB 32100-2015)', body: createPartnerRequest, response: { 201: partnerDetail, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await asCaller(request, () => createPartner(request.body))));

  for (const method of ['put', 'patch'] as const) {
    r[method](`${base}/:id`, {
      config: { permission: 'partner.manage' },
      schema: { tags, summary: 'Edit, enable or disable a partner; child lists sent replace the stored ones', params: idParams, body: updatePartnerRequest, response: { 200: partnerDetail, ...errorResponses } },
    }, (request) => asCaller(request, () => updatePartner(request.params.id, request.body)));
  }
}
