import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createPositionRequest, idParams, okResponse, orgPosition, positionList, updatePositionRequest } from '@triad/contracts';
import { asCaller } from '../../../platform/access/index.ts';
import type { OrgPermission } from '../permissions.ts';
import { createPosition } from '../application/create-position.ts';
import { deletePosition } from '../application/delete-position.ts';
import { listPositions } from '../application/list-positions.ts';
import { updatePosition } from '../application/update-position.ts';
import { errorResponses } from './route-kit.ts';

const tags = ['org'];

export function registerPositionRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/org/positions', {
    config: { permission: 'org.position.read' satisfies OrgPermission },
    schema: { tags, summary: 'All positions', response: { 200: positionList, ...errorResponses } },
  }, (request) => asCaller(request, () => listPositions()));

  r.post('/api/v1/org/positions', {
    config: { permission: 'org.position.manage' satisfies OrgPermission },
    schema: { tags, summary: 'Create a position', body: createPositionRequest, response: { 201: orgPosition, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await asCaller(request, () => createPosition(request.body))));

  r.patch('/api/v1/org/positions/:id', {
    config: { permission: 'org.position.manage' satisfies OrgPermission },
    schema: { tags, summary: 'Change a position', params: idParams, body: updatePositionRequest, response: { 200: orgPosition, ...errorResponses } },
  }, (request) => asCaller(request, () => updatePosition(request.params.id, request.body)));

  r.delete('/api/v1/org/positions/:id', {
    config: { permission: 'org.position.manage' satisfies OrgPermission },
    schema: { tags, summary: 'Delete a position nobody holds', params: idParams, response: { 200: okResponse, ...errorResponses } },
  }, async (request) => {
    await asCaller(request, () => deletePosition(request.params.id));
    return { ok: true as const };
  });
}
