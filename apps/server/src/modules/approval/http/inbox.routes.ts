import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  createDelegationRequest, delegation, delegationList, idParams, inboxCounts as inboxCountsSchema, inboxPage as inboxPageSchema,
  inboxQuery, okResponse, reassignRequest, reassignResponse,
} from '@triad/contracts';
import { asCaller } from '../../../platform/access/index.ts';
import { createDelegation, listDelegations, removeDelegation } from '../application/manage-delegations.ts';
import { reassignTasks } from '../application/reassign-tasks.ts';
import { inboxCounts, inboxPage } from '../infra/inbox.query.ts';
import { approvalAdmin } from '../permissions.ts';
import { callerId, can, errorResponses, tags } from './route-kit.ts';

const base = '/api/v1/approval';

export function registerInboxRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(`${base}/inbox`, {
    config: { authenticated: true },
    schema: { tags, summary: 'To do, done, initiated by me, CC to me', querystring: inboxQuery, response: { 200: inboxPageSchema, ...errorResponses } },
  }, (request) => asCaller(request, () => inboxPage(callerId(request), request.query)));

  r.get(`${base}/inbox/counts`, {
    config: { authenticated: true },
    schema: { tags, summary: 'Badge counts of the inbox tabs', response: { 200: inboxCountsSchema, ...errorResponses } },
  }, (request) => asCaller(request, () => inboxCounts(callerId(request))));

  r.get(`${base}/delegations`, {
    config: { authenticated: true },
    schema: { tags, summary: 'Out-of-office delegations (own; all for administrators)', response: { 200: delegationList, ...errorResponses } },
  }, (request) => asCaller(request, () => listDelegations(callerId(request), can(request, approvalAdmin))));

  r.post(`${base}/delegations`, {
    config: { authenticated: true },
    schema: { tags, summary: 'Set an out-of-office delegation', body: createDelegationRequest, response: { 201: delegation, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await asCaller(request, () => createDelegation(callerId(request), can(request, approvalAdmin), request.body))));

  r.delete(`${base}/delegations/:id`, {
    config: { authenticated: true },
    schema: { tags, summary: 'End a delegation', params: idParams, response: { 200: okResponse, ...errorResponses } },
  }, async (request) => {
    await asCaller(request, () => removeDelegation(callerId(request), can(request, approvalAdmin), request.params.id));
    return { ok: true as const };
  });

  r.post(`${base}/reassign`, {
    config: { permission: approvalAdmin },
    schema: { tags, summary: 'Hand over all open tasks of one person to another', body: reassignRequest, response: { 200: reassignResponse, ...errorResponses } },
  }, (request) => asCaller(request, () => reassignTasks(request.body.fromUserId, request.body.toUserId)));
}
