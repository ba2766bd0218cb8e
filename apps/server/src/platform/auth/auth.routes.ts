import {
  apiTokenCreated, apiTokenCreateRequest, apiTokenList, changePasswordRequest, idParams, loginRequest,
  meResponse, okResponse, updateProfileRequest,
} from '@triad/contracts';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { App } from '../../app.ts';
import { asCaller, principalOf } from '../access/index.ts';
import { createApiToken, listApiTokens, revokeApiToken } from './api-tokens.ts';
import { authErrors } from './auth.errors.ts';
import { changePassword } from './change-password.ts';
import { loadMe } from './load-me.ts';
import { login } from './login.ts';
import { logout } from './logout.ts';
import { sessionCookieName, sessionCookieOptions } from './session.policy.ts';
import { updateProfile } from './update-profile.ts';

export interface AuthRouteOptions {
  /** Mark the session cookie Secure (the server is reached over HTTPS). */
  cookieSecure: boolean;
}

const authTags = ['auth'];
const meTags = ['me'];

export async function registerAuthRoutes(base: App, options: AuthRouteOptions): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const cookieOptions = sessionCookieOptions(options.cookieSecure);

  app.post('/api/auth/login', {
    config: { public: true },
    // Login is the one write without a session, hence without a CSRF token: requiring JSON means
    // a cross-site HTML form cannot post it (and a cross-site script would need CORS, which we
    // never grant); SameSite=Lax keeps the resulting cookie off other sites' writes.
    onRequest: async (request) => {
      if (!request.headers['content-type']?.toLowerCase().startsWith('application/json')) throw authErrors['auth.jsonRequired']();
    },
    schema: { tags: authTags, summary: 'Sign in with username and password', security: [], body: loginRequest, response: { 200: meResponse } },
  }, async (request, reply) => {
    const { sessionId, me } = await login({
      ...request.body, ip: request.ip, userAgent: request.headers['user-agent'], requestId: request.id,
    });
    reply.setCookie(sessionCookieName, sessionId, cookieOptions);
    return me;
  });

  app.post('/api/auth/logout', {
    config: { authenticated: true },
    schema: { tags: authTags, summary: 'Sign out (ends this session)', response: { 200: okResponse } },
  }, async (request, reply) => {
    const principal = principalOf(request);
    await asCaller(request, () => logout(principal));
    reply.clearCookie(sessionCookieName, cookieOptions);
    return { ok: true as const };
  });

  app.get('/api/auth/me', {
    config: { authenticated: true },
    schema: { tags: authTags, summary: 'The signed-in user, company, permissions and CSRF token', response: { 200: meResponse } },
  }, async (request) => {
    const principal = principalOf(request);
    return asCaller(request, () => loadMe(principal));
  });

  app.put('/api/v1/me/profile', {
    config: { authenticated: true },
    schema: { tags: meTags, summary: 'Update my display name, contact details and language', body: updateProfileRequest, response: { 200: meResponse } },
  }, async (request) => {
    const principal = principalOf(request);
    return asCaller(request, () => updateProfile(principal, request.body));
  });

  app.post('/api/v1/me/password', {
    config: { authenticated: true },
    schema: { tags: meTags, summary: 'Change my password (signs out my other sessions)', body: changePasswordRequest, response: { 200: okResponse } },
  }, async (request) => {
    await changePassword(principalOf(request), request.body);
    return { ok: true as const };
  });

  app.get('/api/v1/me/tokens', {
    config: { authenticated: true },
    schema: { tags: meTags, summary: 'My personal API tokens', response: { 200: apiTokenList } },
  }, async (request) => {
    const principal = principalOf(request);
    return { items: await asCaller(request, () => listApiTokens(principal)) };
  });

  app.post('/api/v1/me/tokens', {
    config: { authenticated: true },
    schema: {
      tags: meTags,
      summary: 'Create a personal API token (the secret is shown only in this answer)',
      description: 'Use it as `Authorization: Bearer <token>`. Scopes must be permissions you hold, or `*`.',
      body: apiTokenCreateRequest,
      response: { 200: apiTokenCreated },
    },
  }, async (request) => {
    const principal = principalOf(request);
    return asCaller(request, () => createApiToken(principal, request.body));
  });

  app.delete('/api/v1/me/tokens/:id', {
    config: { authenticated: true },
    schema: { tags: meTags, summary: 'Revoke one of my API tokens', params: idParams, response: { 200: okResponse } },
  }, async (request) => {
    const principal = principalOf(request);
    await asCaller(request, () => revokeApiToken(principal, request.params.id));
    return { ok: true as const };
  });
}
