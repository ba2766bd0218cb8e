import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp, type App } from '../../../app.ts';
import { loadConfig } from '../../../config.ts';
import { createTestDatabase } from '../../../testing/test-database.ts';
import type { Database } from '../../db/index.ts';
import { asCaller, principalOf } from '../../access/index.ts';
import { actor, useDatabase } from '../../tx/index.ts';

export interface AuthTestContext {
  app: App;
  database: Database;
  close: () => Promise<void>;
}

/**
 * The real application plus two routes guarded by test-only permissions, registered before the
 * app is ready (createTestApp hands out an app that is ready already). The routes report the
 * tenant the command ran in, which must always be the caller's.
 */
export async function createAuthTestApp(): Promise<AuthTestContext> {
  const { database, drop } = await createTestDatabase();
  useDatabase(database);
  const config = { ...loadConfig({}), logLevel: 'silent' };
  const base = await buildApp({ config, database, version: 'test' });
  const app = base.withTypeProvider<ZodTypeProvider>();
  const whoami = async () => ({ tenantId: actor().tenantId, userId: actor().userId ?? null });
  app.get('/api/test/thing', {
    config: { permission: 'test.thing.read' },
    schema: { querystring: z.object({ tenantId: z.string().optional() }) },
  }, async (request) => asCaller(request, whoami));
  app.post('/api/test/thing', {
    config: { permission: 'test.thing.write' },
    schema: { body: z.object({ name: z.string().min(1), tenantId: z.string().optional() }) },
  }, async (request) => ({ ...(await asCaller(request, whoami)), name: request.body.name, by: principalOf(request).userName }));
  await app.ready();
  return { app, database, close: async () => { await app.close(); await drop(); } };
}

/** The `triad_session` value a response set, if any. */
export function sessionCookieOf(res: LightMyRequestResponse): string | undefined {
  return res.cookies.find((c) => c.name === 'triad_session')?.value;
}

export function loginInject(username: string, password: string, extra: Partial<InjectOptions> & { tenantCode?: string } = {}): InjectOptions {
  const { tenantCode, ...rest } = extra;
  return {
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password, ...(tenantCode ? { tenantCode } : {}) },
    ...rest,
  };
}
