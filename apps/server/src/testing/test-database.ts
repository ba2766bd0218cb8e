import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, migrateDatabase, type Database } from '../platform/db/index.ts';

/** `postgres` when the suite runs against TEST_DATABASE_URL, else the embedded database. */
export const testDbKind: 'pglite' | 'postgres' = process.env.TRIAD_TEST_DB === 'postgres' && process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

/**
 * Each test run has its own template and database names (run id = start time in base 36), so two
 * runs against one PostgreSQL never drop each other's databases. Set by the global setup.
 */
function runId(): string {
  const id = process.env.TRIAD_TEST_RUN;
  if (!id) throw new Error('TRIAD_TEST_RUN is not set (vitest globalSetup prepares it)');
  return id;
}
export function templateDbName(): string {
  return `triad_tpl_${runId()}`;
}
/** Leftovers of runs that died are dropped after this long. */
const staleAfterMs = 6 * 3600_000;

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
    const template = process.env.TRIAD_TEST_PGLITE_TEMPLATE;
    // Starting from the migrated template skips initdb and the migrations (seconds per file).
    const loadDataDir = template && opts.migrate !== false ? new Blob([readFileSync(template)]) : undefined;
    const database = await openDatabase({ dataDir: 'memory://', loadDataDir });
    if (opts.migrate !== false) await migrateDatabase(database);
    return { database, drop: async () => { await database.close(); } };
  }
  const name = `triad_t_${runId()}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${templateDbName()}`);
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

/** vitest globalSetup: build this run's migrated template; returns the teardown. */
export async function prepareTemplate(): Promise<() => Promise<void>> {
  process.env.TRIAD_TEST_RUN ??= `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  if (testDbKind !== 'postgres') return preparePgliteTemplate();
  const template = templateDbName();
  await adminQuery(`CREATE DATABASE ${template}`);
  const database = await openDatabase({ url: withDatabase(adminUrl(), template), poolSize: 2 });
  await migrateDatabase(database);
  await database.close();
  await dropStaleRuns();
  return async () => {
    await dropDatabases((name) => name.startsWith(`triad_t_${runId()}_`) || name === template);
  };
}

/**
 * PGlite: one migrated data directory archived for the run; each test file starts its in-memory
 * database from it instead of running initdb and every migration again.
 */
async function preparePgliteTemplate(): Promise<() => Promise<void>> {
  const database = await openDatabase({ dataDir: 'memory://' });
  await migrateDatabase(database);
  const archive = await database.pglite!.dumpDataDir('none');
  await database.close();
  const dir = join(tmpdir(), 'triad-test-templates');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${runId()}.tar`);
  writeFileSync(file, Buffer.from(await archive.arrayBuffer()));
  process.env.TRIAD_TEST_PGLITE_TEMPLATE = file;
  return async () => { rmSync(file, { force: true }); };
}

async function adminQuery(text: string): Promise<{ rows: { datname: string }[] }> {
  const c = new pg.Client({ connectionString: adminUrl() });
  await c.connect();
  try {
    return await c.query<{ datname: string }>(text);
  } finally {
    await c.end();
  }
}

async function dropDatabases(match: (name: string) => boolean): Promise<void> {
  const all = await adminQuery("select datname from pg_database where datname like 'triad\\_t%'");
  for (const { datname } of all.rows) {
    if (match(datname)) await adminQuery(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`).catch(() => {});
  }
}

/** Databases of runs that started long ago and never cleaned up (killed runs). */
async function dropStaleRuns(): Promise<void> {
  const now = Date.now();
  await dropDatabases((name) => {
    const m = /^triad_(?:t|tpl)_([0-9a-z]+?)[0-9a-f]{4}(?:_|$)/.exec(name);
    const started = m?.[1] ? parseInt(m[1], 36) : NaN;
    return Number.isFinite(started) && now - started > staleAfterMs;
  });
}
