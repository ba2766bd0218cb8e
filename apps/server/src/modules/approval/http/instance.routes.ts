import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { bulkApproveRequest, bulkApproveResponse, idParams, instanceActionRequest, instanceDetail, submitInstanceRequest } from '@triad/contracts';
import { asCaller } from '../../../platform/access/index.ts';
import { actOnInstance, toEngineAction } from '../application/act-on-instance.ts';
import { bulkApprove } from '../application/bulk-approve.ts';
import { instanceDetail as detailOf, getInstance } from '../application/instance-view.ts';
import { submitInstance } from '../application/submit-instance.ts';
import { readAllInstances } from '../permissions.ts';
import { callerId, can, errorResponses, localeOf, tags } from './route-kit.ts';

const base = '/api/v1/approval';
const withRateLimit = { ...errorResponses, 429: errorResponses[409] } as const;

export function registerInstanceRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(`${base}/instances`, {
    config: { authenticated: true },
    schema: { tags, summary: 'Submit a request', body: submitInstanceRequest, response: { 201: instanceDetail, ...errorResponses } },
  }, async (request, reply) => {
    const me = callerId(request);
    const detail = await asCaller(request, async () => detailOf(await submitInstance({ ...request.body, initiatorId: me }), me));
    return reply.status(201).send(detail);
  });

  r.get(`${base}/instances/:id`, {
    config: { authenticated: true },
    schema: { tags, summary: 'One approval as the caller may see it', params: idParams, response: { 200: instanceDetail, ...errorResponses } },
  }, (request) => asCaller(request, () => getInstance(request.params.id, callerId(request), can(request, readAllInstances))));

  r.post(`${base}/instances/:id/actions`, {
    config: { authenticated: true },
    schema: { tags, summary: 'Approve, reject, return, transfer, … an approval', params: idParams, body: instanceActionRequest, response: { 200: instanceDetail, ...withRateLimit } },
  }, (request) => asCaller(request, async () => {
    const me = callerId(request);
    const row = await actOnInstance(me, request.params.id, toEngineAction(request.body), can(request, readAllInstances));
    return detailOf(row, me);
  }));

  r.post(`${base}/tasks/bulk-approve`, {
    config: { authenticated: true },
    schema: { tags, summary: 'Approve several tasks at once', body: bulkApproveRequest, response: { 200: bulkApproveResponse, ...errorResponses } },
  }, (request) => asCaller(request, () => bulkApprove(callerId(request), request.body.taskIds, request.body.comment, localeOf(request))));
}
