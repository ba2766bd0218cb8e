import { parseArgs } from 'node:util';
import { loadConfig, type Config } from '../config.ts';
import type { Database } from '../platform/db/index.ts';
import { SetupError } from '../setup/setup-error.ts';
import { backupDatabase, restoreDatabase } from './backup.commands.ts';
import { openForCli } from './cli-database.ts';
import { createTenant, listTenants, resetPassword } from './tenant.commands.ts';

export const helpText = `Triad administration

Usage: npm run cli -- <command> [options]

  create-tenant --code <code> --name <name> [--admin-password <pw>]
      Create a company with an 'admin' user (random password printed once if not given).
  reset-password --tenant <code> --user <username> [--password <pw>]
      Set a user's password (random one printed if not given) and end their sessions.
  list-tenants
      List companies with their user counts.
  backup --out <file.tar.gz>
      Embedded database only: archive the data folder (stop the server first).
      On PostgreSQL use pg_dump instead.
  restore --from <file.tar.gz> [--force]
      Embedded database only: replace the data folder with a backup. --force when the
      folder is not empty (the old data is moved aside, never deleted).
  help
      Show this text.

The database comes from DATABASE_URL (PostgreSQL) or TRIAD_DATA_DIR (embedded, default ./data).
The embedded database can be opened by one process only: stop the server first. After a crash
(postmaster.pid left behind) add --force.
Exit codes: 0 done, 1 refused or failed, 2 wrong usage or not available on this database.`;

export interface Output { log(line: string): void; error(line: string): void }

const commands = {
  'create-tenant': { code: { type: 'string' }, name: { type: 'string' }, 'admin-password': { type: 'string' }, force: { type: 'boolean' } },
  'reset-password': { tenant: { type: 'string' }, user: { type: 'string' }, password: { type: 'string' }, force: { type: 'boolean' } },
  'list-tenants': { force: { type: 'boolean' } },
  backup: { out: { type: 'string' }, force: { type: 'boolean' } },
  restore: { from: { type: 'string' }, force: { type: 'boolean' } },
  help: {},
} as const;

type Command = keyof typeof commands;

function required(values: Record<string, string | boolean | undefined>, name: string): string {
  const v = values[name];
  if (typeof v !== 'string' || v === '') throw new SetupError('usage', `--${name} is required.`);
  return v;
}

function optional(values: Record<string, string | boolean | undefined>, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

async function withDatabase<T>(config: Config, opts: { migrate: boolean; force?: boolean }, fn: (db: Database) => Promise<T>): Promise<T> {
  const database = await openForCli(config, opts);
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

/** Runs one CLI command; returns the process exit code. */
export async function runCli(argv: string[], env: NodeJS.ProcessEnv, out: Output): Promise<number> {
  const [name = 'help', ...rest] = argv;
  if (name === '--help' || name === '-h' || !(name in commands)) {
    if (name !== 'help' && name !== '--help' && name !== '-h') out.error(`Unknown command "${name}".\n`);
    out.log(helpText);
    return name === 'help' || name === '--help' || name === '-h' ? 0 : 2;
  }
  const command = name as Command;
  const config = loadConfig(env);
  try {
    const { values } = parseArgs({ args: rest, options: commands[command], strict: true, allowPositionals: false });
    const v = values as Record<string, string | boolean | undefined>;
    const force = v.force === true;
    switch (command) {
      case 'help':
        out.log(helpText);
        return 0;
      case 'create-tenant': {
        const input = { code: required(v, 'code'), name: required(v, 'name'), adminPassword: optional(v, 'admin-password') };
        const r = await withDatabase(config, { migrate: true, force }, () => createTenant(input));
        out.log(`Created tenant ${input.code} (${input.name}).`);
        out.log(r.generated ? `Log in as admin / ${r.password}   (shown once; change it after logging in)` : 'Log in as admin with the password you gave.');
        return 0;
      }
      case 'reset-password': {
        const input = { tenantCode: required(v, 'tenant'), username: required(v, 'user'), password: optional(v, 'password') };
        const r = await withDatabase(config, { migrate: true, force }, () => resetPassword(input));
        out.log(`Password of ${input.username} in ${input.tenantCode} reset; their sessions were ended.`);
        if (r.generated) out.log(`New password: ${r.password}   (shown once)`);
        return 0;
      }
      case 'list-tenants': {
        const rows = await withDatabase(config, { migrate: true, force }, () => listTenants());
        if (rows.length === 0) out.log('No tenants yet (the first `npm start` creates one).');
        for (const t of rows) out.log(`${t.code}\t${t.name}\t${t.users} users${t.isDemo ? '\tdemo' : ''}\tcreated ${t.createdAt.toISOString()}`);
        return 0;
      }
      case 'backup': {
        const file = required(v, 'out');
        if (config.databaseUrl) throw new SetupError('backup.unsupported', 'DATABASE_URL is set: back up PostgreSQL with pg_dump (e.g. `pg_dump -Fc "$DATABASE_URL" > triad.dump`).');
        const r = await withDatabase(config, { migrate: false, force }, (db) => backupDatabase(db, file));
        out.log(`Backup written to ${r.file} (${(r.bytes / 1024 / 1024).toFixed(1)} MB).`);
        return 0;
      }
      case 'restore': {
        const from = required(v, 'from');
        if (config.databaseUrl) throw new SetupError('backup.unsupported', 'DATABASE_URL is set: restore PostgreSQL with pg_restore.');
        const r = await restoreDatabase({ from, dataDir: config.dataDir, force });
        out.log(`Restored ${from} into ${r.dataDir}.`);
        if (r.previousMovedTo) out.log(`The previous data was moved to ${r.previousMovedTo}.`);
        out.log('Start the server to apply any newer migrations.');
        return 0;
      }
    }
  } catch (err) {
    if (err instanceof SetupError) {
      out.error(err.message);
      return err.code === 'usage' || err.code === 'backup.unsupported' ? 2 : 1;
    }
    // parseArgs reports unknown or malformed options with these codes.
    const code = (err as { code?: string }).code;
    if (code?.startsWith('ERR_PARSE_ARGS')) {
      out.error(`${(err as Error).message}\nSee: npm run cli -- help`);
      return 2;
    }
    throw err;
  }
}
