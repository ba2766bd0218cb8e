import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createPartnerRequest, errorResponse, idParams, partner, partnerListQuery, partnerPage, updatePartnerRequest } from '@triad/contracts';
import { asCaller } from '../../../platform/access/index.ts';
import { listPartners } from '../application/list-partners.ts';
import { createPartner, getPartner, updatePartner } from '../application/manage-partners.ts';

const base = '/api/v1/partners';
const tags = ['partners'];
const errorResponses = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse } as const;

export function registerPartnerRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(base, {
    config: { permission: 'partner.read' },
    schema: { tags, summary: 'Partners (往来单位) by code or name, customers or suppliers', querystring: partnerListQuery, response: { 200: partnerPage, ...errorResponses } },
  }, (request) => asCaller(request, () => listPartners(request.query)));

  r.get(`${base}/:id`, {
    config: { permission: 'partner.read' },
    schema: { tags, summary: 'One partner', params: idParams, response: { 200: partner, ...errorResponses } },
  }, (request) => asCaller(request, () => getPartner(request.params.id)));

  r.post(base, {
    config: { permission: 'partner.manage' },
    schema: { tags, summary: 'Create a partner (credit code checked per GB 32100-2015)', body: createPartnerRequest, response: { 201: partner, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await asCaller(request, () => createPartner(request.body))));

  r.patch(`${base}/:id`, {
    config: { permission: 'partner.manage' },
    schema: { tags, summary: 'Edit, enable or disable a partner', params: idParams, body: updatePartnerRequest, response: { 200: partner, ...errorResponses } },
  }, (request) => asCaller(request, () => updatePartner(request.params.id, request.body)));
}
