import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.ts';
import { migrateDatabase, openDatabase, type Database } from '../platform/db/index.ts';
import { useDatabase } from '../platform/tx/index.ts';
import { SetupError } from '../setup/setup-error.ts';

/**
 * PGlite never locks its folder: a second process opening it while the server runs would corrupt
 * it. PGlite keeps `postmaster.pid` there while open (and after a crash), so that is our signal.
 */
export function assertDataDirFree(dataDir: string, force: boolean): void {
  if (force || !existsSync(join(dataDir, 'postmaster.pid'))) return;
  throw new SetupError('database.inUse', `The embedded database in ${dataDir} looks in use (postmaster.pid exists). Stop the server first; if it is not running (it crashed), repeat with --force.`);
}

/** Opens the configured database for a CLI command and makes it the ambient one. */
export async function openForCli(config: Config, opts: { migrate: boolean; force?: boolean }): Promise<Database> {
  if (!config.databaseUrl) assertDataDirFree(config.dataDir, opts.force ?? false);
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, poolSize: 2 });
  useDatabase(database);
  if (opts.migrate) await migrateDatabase(database);
  return database;
}
