import Fastify from 'fastify';
import type { AddressInfo } from 'node:net';
import { buildApp, type App } from '../apps/server/src/app.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import type { Database } from '../apps/server/src/platform/db/index.ts';
import { useDatabase } from '../apps/server/src/platform/tx/index.ts';
import { createTenant, createUser, sessionHeaders } from '../apps/server/src/testing/fixtures.ts';
import { runLoad, type LoadOptions, type LoadResult } from './load.ts';

export type LoadSettings = Omit<LoadOptions, 'url' | 'headers'>;

async function listen(app: { listen(o: { port: number; host: string }): Promise<string>; server: { address(): AddressInfo | string | null } }): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address() as AddressInfo;
  return `http://127.0.0.1:${address.port}`;
}

/** The ceiling: Fastify answering one JSON route with no hooks, no database, nothing else. */
export async function benchBareFastify(settings: LoadSettings): Promise<LoadResult> {
  const app = Fastify({ logger: false });
  app.get('/ping', { config: { public: true } }, async () => ({ count: 0 }));
  const base = await listen(app);
  try {
    return await runLoad({ ...settings, url: `${base}/ping` });
  } finally {
    await app.close();
  }
}

// The cheapest authenticated route answers the question "what does one request cost in Triad":
// session lookup, principal, route guard, one small query, serialisation.
const candidateRoutes = ['/api/v1/notifications/unread-count', '/api/auth/me'];

async function pickRoute(app: App, headers: Record<string, string>): Promise<string> {
  const tried: string[] = [];
  for (const route of candidateRoutes) {
    const res = await app.inject({ method: 'GET', url: route, headers });
    if (res.statusCode === 200) return route;
    tried.push(`${route} → ${res.statusCode}`);
  }
  throw new Error(`no authenticated no-op route answers 200 (${tried.join(', ')}); is authentication registered?`);
}

/** W7: authenticated no-op requests per second through the real application. */
export async function benchTriadApi(database: Database, settings: LoadSettings): Promise<{ route: string; result: LoadResult }> {
  useDatabase(database);
  const config = { ...loadConfig({}), logLevel: 'silent' };
  const app = await buildApp({ config, database, version: 'bench' });
  try {
    const tenant = await createTenant('压测公司');
    const user = await createUser(tenant, { permissions: ['*'] });
    const { cookie } = await sessionHeaders(user);
    const headers = { cookie, 'accept-language': 'zh-CN' };
    const route = await pickRoute(app, headers);
    const base = await listen(app);
    const result = await runLoad({ ...settings, url: `${base}${route}`, headers });
    return { route, result };
  } finally {
    await app.close();
  }
}
