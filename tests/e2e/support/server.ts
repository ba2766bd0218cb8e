import type { AddressInfo } from 'node:net';
import { buildApp, type App } from '../../../apps/server/src/app.ts';
import { loadConfig } from '../../../apps/server/src/config.ts';
import { useDatabase } from '../../../apps/server/src/platform/tx/index.ts';
import { createTestDatabase } from '../../../apps/server/src/testing/test-database.ts';

export interface RunningServer { app: App; baseUrl: string; close: () => Promise<void> }

/** The real server (API + built web app) on a fresh database and a free loopback port. */
export async function startServer(): Promise<RunningServer> {
  const { database, drop } = await createTestDatabase();
  useDatabase(database);
  const config = { ...loadConfig({}), logLevel: 'silent', webhookAllowPrivate: true };
  const app = await buildApp({ config, database, version: 'e2e' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    app,
    baseUrl: `http://127.0.0.1:${port}`,
    close: async () => { await app.close(); await drop(); },
  };
}
