import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { openDatabase, migrateDatabase, type Database } from '../platform/db/index.ts';

/** `postgres` when the suite runs against TEST_DATABASE_URL, else the embedded database. */
export const testDbKind: 'pglite' | 'postgres' = process.env.TRIAD_TEST_DB === 'postgres' && process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

export const templateDbName = 'triad_test_template';

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  return url;
}

/**
 * Per test file: a fresh database. PGlite in memory, or on PostgreSQL a copy of a migrated
 * template (CREATE DATABASE … TEMPLATE), so files run in parallel without sharing rows or jobs.
 */
export async function createTestDatabase(opts: { migrate?: boolean } = {}): Promise<{ database: Database; url?: string; drop: () => Promise<void> }> {
  if (testDbKind === 'pglite') {
    const database = await openDatabase({ dataDir: 'memory://' });
    if (opts.migrate !== false) await migrateDatabase(database);
    return { database, drop: async () => { await database.close(); } };
  }
  const name = `triad_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${templateDbName}`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(adminUrl(), name);
  const database = await openDatabase({ url, poolSize: 8 });
  // The template is migrated already; this only re-applies anything newer (a no-op normally).
  if (opts.migrate !== false) await migrateDatabase(database);
  return {
    database,
    url,
    drop: async () => {
      await database.close();
      const c = new pg.Client({ connectionString: adminUrl() });
      await c.connect();
      try { await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`); } finally { await c.end(); }
    },
  };
}

/** vitest globalSetup: build the migrated template once per run. */
export async function prepareTemplate(): Promise<void> {
  if (testDbKind !== 'postgres') return;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${templateDbName} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${templateDbName}`);
  } finally {
    await admin.end();
  }
  const database = await openDatabase({ url: withDatabase(adminUrl(), templateDbName), poolSize: 2 });
  await migrateDatabase(database);
  await database.close();
  // Leftovers of interrupted runs.
  const c = new pg.Client({ connectionString: adminUrl() });
  await c.connect();
  try {
    const old = await c.query<{ datname: string }>("select datname from pg_database where datname like 'triad_t\\_%'");
    for (const row of old.rows) await c.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`).catch(() => {});
  } finally {
    await c.end();
  }
}
