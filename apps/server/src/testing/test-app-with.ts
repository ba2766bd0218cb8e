import { buildApp, type App } from '../app.ts';
import { loadConfig, type Config } from '../config.ts';
import { useDatabase } from '../platform/tx/index.ts';
import { createTestDatabase } from './test-database.ts';
import type { TestContext } from './test-app.ts';

/**
 * Like `createTestApp`, with test-only routes or hooks added before the app is ready
 * (e.g. a route that writes rows, to test a cross-cutting hook against real tables).
 */
export async function createTestAppWith(register: (app: App) => void | Promise<void>, overrides: Partial<Config> = {}): Promise<TestContext> {
  const { database, url, drop } = await createTestDatabase();
  useDatabase(database);
  const config: Config = { ...loadConfig({}), logLevel: 'silent', webhookAllowPrivate: true, ...overrides };
  const app = await buildApp({ config, database, version: 'test' });
  await register(app);
  await app.ready();
  return {
    app,
    database,
    config,
    url,
    close: async () => {
      await app.close();
      await drop();
    },
  };
}
