import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openDatabase, migrateDatabase } from './platform/db/index.ts';
import { useDatabase } from './platform/tx/index.ts';
import { version } from './version.ts';
import { ensureDemo } from './setup/ensure-demo.ts';

/** `npm start`: migrate, create the demo company on first run, serve API and web. */
async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  useDatabase(database);
  await migrateDatabase(database);
  const app = await buildApp({ config, database, version });
  const firstRun = await ensureDemo(config);
  await app.listen({ port: config.port, host: config.host });
  const url = config.publicUrl ?? `http://localhost:${config.port}`;
  const lines = [
    '',
    `  Triad ${version} is running (${database.kind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL'})`,
    `  Open:      ${url}`,
    `  API docs:  ${url}/api/docs`,
  ];
  if (firstRun) {
    lines.push(`  Company:   ${firstRun.companyName} (${firstRun.tenantCode})`);
    lines.push(`  Log in as: admin / ${firstRun.adminPassword}${firstRun.passwordFromEnv ? ' (from TRIAD_ADMIN_PASSWORD)' : '  ← printed once; change it after logging in'}`);
    if (firstRun.note) lines.push(`  ${firstRun.note}`);
  }
  console.log(lines.join('\n') + '\n');
  const stop = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
