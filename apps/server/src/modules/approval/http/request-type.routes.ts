import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  createRequestTypeRequest, idParams, previewRequest, previewResponse, publishResponse, requestTypeDetail, requestTypeList,
  saveDraftRequest, validateDefinitionResponse,
} from '@triad/contracts';
import { asCaller } from '../../../platform/access/index.ts';
import { createRequestType, saveDraft } from '../application/manage-request-types.ts';
import { previewRequest as previewRoute } from '../application/preview-request.ts';
import { publishRequestType, validateDraft } from '../application/publish-request-type.ts';
import { getRequestType, listRequestTypes } from '../application/request-type-view.ts';
import { manageDefinitions } from '../permissions.ts';
import { callerId, can, errorResponses, localeOf, tags } from './route-kit.ts';

const base = '/api/v1/approval/request-types';

export function registerRequestTypeRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(base, {
    config: { authenticated: true },
    schema: { tags, summary: 'Request types (published ones; all for designers)', response: { 200: requestTypeList, ...errorResponses } },
  }, (request) => asCaller(request, () => listRequestTypes(can(request, manageDefinitions))));

  r.get(`${base}/:id`, {
    config: { authenticated: true },
    schema: { tags, summary: 'One request type with its published version (and draft for designers)', params: idParams, response: { 200: requestTypeDetail, ...errorResponses } },
  }, (request) => asCaller(request, () => getRequestType(request.params.id, can(request, manageDefinitions))));

  r.post(base, {
    config: { permission: manageDefinitions },
    schema: { tags, summary: 'Create a request type with an empty draft', body: createRequestTypeRequest, response: { 201: requestTypeDetail, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await asCaller(request, async () => getRequestType(await createRequestType(request.body), true))));

  r.put(`${base}/:id/draft`, {
    config: { permission: manageDefinitions },
    schema: { tags, summary: 'Save the designer draft', params: idParams, body: saveDraftRequest, response: { 200: requestTypeDetail, ...errorResponses } },
  }, (request) => asCaller(request, async () => {
    await saveDraft(request.params.id, request.body);
    return getRequestType(request.params.id, true);
  }));

  r.post(`${base}/:id/validate`, {
    config: { permission: manageDefinitions },
    schema: { tags, summary: 'Check the draft for publishing', params: idParams, response: { 200: validateDefinitionResponse, ...errorResponses } },
  }, (request) => asCaller(request, () => validateDraft(request.params.id, localeOf(request))));

  r.post(`${base}/:id/publish`, {
    config: { permission: manageDefinitions },
    schema: { tags, summary: 'Publish the draft as a new version', params: idParams, response: { 200: publishResponse, ...errorResponses } },
  }, (request) => asCaller(request, () => publishRequestType(request.params.id, localeOf(request))));

  r.post(`${base}/:id/preview`, {
    config: { authenticated: true },
    schema: { tags, summary: 'The route a form would take', params: idParams, body: previewRequest, response: { 200: previewResponse, ...errorResponses } },
  }, (request) => {
    // Previewing for someone else (a designer testing a route) needs the designer's permission.
    const initiatorId = request.body.initiatorId && can(request, manageDefinitions) ? request.body.initiatorId : callerId(request);
    return asCaller(request, () => previewRoute(request.params.id, request.body.form, initiatorId));
  });
}
