import { buildApp, type App } from '../app.ts';
import { loadConfig, type Config } from '../config.ts';
import { useDatabase } from '../platform/tx/index.ts';
import type { Database } from '../platform/db/index.ts';
import { createTestDatabase } from './test-database.ts';

export interface TestContext {
  app: App;
  database: Database;
  config: Config;
  url?: string;
  close: () => Promise<void>;
}

/**
 * A migrated database of its own and the application on it, without listening on a port.
 * `register` adds test-only routes or hooks before the app is ready.
 */
export async function createTestApp(overrides: Partial<Config> = {}, register?: (app: App) => void | Promise<void>): Promise<TestContext> {
  const { database, url, drop } = await createTestDatabase();
  useDatabase(database);
  const config: Config = { ...loadConfig({}), logLevel: 'silent', webhookAllowPrivate: true, ...overrides };
  const app = await buildApp({ config, database, version: 'test' });
  if (register) await register(app);
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
