import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createDepartmentRequest, departmentList, idParams, okResponse, orgDepartment, updateDepartmentRequest } from '@triad/contracts';
import { asCaller } from '../../../platform/access/index.ts';
import type { OrgPermission } from '../permissions.ts';
import { createDepartment } from '../application/create-department.ts';
import { deleteDepartment } from '../application/delete-department.ts';
import { listDepartments } from '../application/department-view.ts';
import { updateDepartment } from '../application/update-department.ts';
import { errorResponses } from './route-kit.ts';

const tags = ['org'];

export function registerDepartmentRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/org/departments', {
    config: { permission: 'org.department.read' satisfies OrgPermission },
    schema: { tags, summary: 'All departments, flat, with parentId (build the tree from it)', response: { 200: departmentList, ...errorResponses } },
  }, (request) => asCaller(request, () => listDepartments()));

  r.post('/api/v1/org/departments', {
    config: { permission: 'org.department.manage' satisfies OrgPermission },
    schema: { tags, summary: 'Create a department', body: createDepartmentRequest, response: { 201: orgDepartment, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await asCaller(request, () => createDepartment(request.body))));

  r.patch('/api/v1/org/departments/:id', {
    config: { permission: 'org.department.manage' satisfies OrgPermission },
    schema: { tags, summary: 'Rename, move or change the head of a department', params: idParams, body: updateDepartmentRequest, response: { 200: orgDepartment, ...errorResponses } },
  }, (request) => asCaller(request, () => updateDepartment(request.params.id, request.body)));

  r.delete('/api/v1/org/departments/:id', {
    config: { permission: 'org.department.manage' satisfies OrgPermission },
    schema: { tags, summary: 'Delete an empty department', params: idParams, response: { 200: okResponse, ...errorResponses } },
  }, async (request) => {
    await asCaller(request, () => deleteDepartment(request.params.id));
    return { ok: true as const };
  });
}
