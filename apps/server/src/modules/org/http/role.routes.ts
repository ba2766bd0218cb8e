import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createRoleRequest, idParams, okResponse, orgRole, permissionMatrix, roleList, updateRoleRequest } from '@triad/contracts';
import { asCaller, principalOf } from '../../../platform/access/index.ts';
import type { OrgPermission } from '../permissions.ts';
import { createRole } from '../application/create-role.ts';
import { deleteRole } from '../application/delete-role.ts';
import { permissionMatrix as buildPermissionMatrix } from '../application/permission-matrix.ts';
import { listRoles, loadRoleView } from '../application/role-view.ts';
import { updateRole } from '../application/update-role.ts';
import { errorResponses } from './route-kit.ts';

const tags = ['org'];

export function registerRoleRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/org/roles', {
    config: { permission: 'org.role.read' satisfies OrgPermission },
    schema: { tags, summary: 'All roles with their permissions and data scope', response: { 200: roleList, ...errorResponses } },
  }, (request) => asCaller(request, () => listRoles()));

  r.post('/api/v1/org/roles', {
    config: { permission: 'org.role.manage' satisfies OrgPermission },
    schema: { tags, summary: 'Create a role', body: createRoleRequest, response: { 201: orgRole, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await asCaller(request, () => createRole(principalOf(request), request.body))));

  r.get('/api/v1/org/roles/:id', {
    config: { permission: 'org.role.read' satisfies OrgPermission },
    schema: { tags, summary: 'One role', params: idParams, response: { 200: orgRole, ...errorResponses } },
  }, (request) => asCaller(request, () => loadRoleView(request.params.id)));

  r.patch('/api/v1/org/roles/:id', {
    config: { permission: 'org.role.manage' satisfies OrgPermission },
    schema: { tags, summary: 'Change a role (permissions, data scope)', params: idParams, body: updateRoleRequest, response: { 200: orgRole, ...errorResponses } },
  }, (request) => asCaller(request, () => updateRole(principalOf(request), request.params.id, request.body)));

  r.delete('/api/v1/org/roles/:id', {
    config: { permission: 'org.role.manage' satisfies OrgPermission },
    schema: { tags, summary: 'Delete a role (its holders lose it)', params: idParams, response: { 200: okResponse, ...errorResponses } },
  }, async (request) => {
    await asCaller(request, () => deleteRole(principalOf(request), request.params.id));
    return { ok: true as const };
  });

  r.get('/api/v1/org/permissions', {
    config: { permission: 'org.role.read' satisfies OrgPermission },
    schema: { tags, summary: 'The permission matrix: every declared key, grouped', response: { 200: permissionMatrix, ...errorResponses } },
  }, () => buildPermissionMatrix());
}
