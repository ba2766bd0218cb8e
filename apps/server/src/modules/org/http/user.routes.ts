import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  createUserRequest, createUserResponse, idParams, orgUser, page, resetPasswordResponse, updateUserRequest, userListQuery,
} from '@triad/contracts';
import { asCaller, principalOf } from '../../../platform/access/index.ts';
import type { OrgPermission } from '../permissions.ts';
import { createUser } from '../application/create-user.ts';
import { disableUser } from '../application/disable-user.ts';
import { enableUser } from '../application/enable-user.ts';
import { listUsers } from '../application/list-users.ts';
import { resetPassword } from '../application/reset-password.ts';
import { updateUser } from '../application/update-user.ts';
import { loadUserView } from '../application/user-view.ts';
import { errorResponses } from './route-kit.ts';

const tags = ['org'];

export function registerUserRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/org/users', {
    config: { permission: 'org.user.read' satisfies OrgPermission },
    schema: { tags, summary: 'List users (within the caller\'s data scope)', querystring: userListQuery, response: { 200: page(orgUser), ...errorResponses } },
  }, (request) => asCaller(request, () => listUsers(principalOf(request), request.query)));

  r.post('/api/v1/org/users', {
    config: { permission: 'org.user.create' satisfies OrgPermission },
    schema: { tags, summary: 'Create a user (a generated password is returned once)', body: createUserRequest, response: { 201: createUserResponse, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await asCaller(request, () => createUser(principalOf(request), request.body))));

  r.get('/api/v1/org/users/:id', {
    config: { permission: 'org.user.read' satisfies OrgPermission },
    schema: { tags, summary: 'One user', params: idParams, response: { 200: orgUser, ...errorResponses } },
  }, (request) => asCaller(request, () => loadUserView(principalOf(request), request.params.id)));

  r.patch('/api/v1/org/users/:id', {
    config: { permission: 'org.user.update' satisfies OrgPermission },
    schema: { tags, summary: 'Change a user', params: idParams, body: updateUserRequest, response: { 200: orgUser, ...errorResponses } },
  }, (request) => asCaller(request, () => updateUser(principalOf(request), request.params.id, request.body)));

  r.post('/api/v1/org/users/:id/disable', {
    config: { permission: 'org.user.disable' satisfies OrgPermission },
    schema: { tags, summary: 'Disable a user and end their sessions', params: idParams, response: { 200: orgUser, ...errorResponses } },
  }, (request) => asCaller(request, () => disableUser(principalOf(request), request.params.id)));

  r.post('/api/v1/org/users/:id/enable', {
    config: { permission: 'org.user.disable' satisfies OrgPermission },
    schema: { tags, summary: 'Enable a disabled user', params: idParams, response: { 200: orgUser, ...errorResponses } },
  }, (request) => asCaller(request, () => enableUser(principalOf(request), request.params.id)));

  r.post('/api/v1/org/users/:id/reset-password', {
    config: { permission: 'org.user.resetPassword' satisfies OrgPermission },
    schema: { tags, summary: 'Reset a password (the new one is returned once; sessions end)', params: idParams, response: { 200: resetPasswordResponse, ...errorResponses } },
  }, (request) => asCaller(request, () => resetPassword(principalOf(request), request.params.id)));
}
