import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { schema } from './schema.ts';
import { PgListener } from './pg-listener.ts';
import { lockDataDir } from './data-dir-lock.ts';

export type Schema = typeof schema;
/**
 * Both drivers answer `execute()` with `{ rows }`; the node-postgres flavour of the type says so,
 * and PGlite's results have the same shape.
 */
export type Db = NodePgDatabase<Schema>;
export type DatabaseKind = 'pglite' | 'postgres';

export interface RawRows { rows: Record<string, unknown>[] }

/** Notification listener; returns an unsubscribe function. */
export type Listen = (channel: string, onPayload: (payload: string) => void) => Promise<() => Promise<void>>;

export interface Database {
  kind: DatabaseKind;
  db: Db;
  /** Runs one statement outside any tenant context (platform bookkeeping, migrations). */
  raw(text: string, params?: unknown[]): Promise<RawRows>;
  listen: Listen;
  /** The PGlite instance in embedded mode (pg-boss and backups use it directly). */
  pglite?: PGlite;
  /** The connection string in server mode (pg-boss opens its own pool). */
  connectionString?: string;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** PostgreSQL URL; when absent the embedded PGlite database is used. */
  url?: string;
  /** PGlite data directory; `memory://` for a throwaway database. */
  dataDir?: string;
  /** A PGlite data directory archive (`dumpDataDir`) to start a `memory://` database from. */
  loadDataDir?: Blob;
  poolSize?: number;
}

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  if (opts.url) return openPostgres(opts.url, opts.poolSize ?? 10);
  return openPglite(opts.dataDir ?? './data', opts.loadDataDir);
}

async function openPglite(dataDir: string, loadDataDir?: Blob): Promise<Database> {
  const unlock = dataDir === 'memory://' ? () => {} : lockDataDir(dataDir);
  const pglite = dataDir === 'memory://' ? new PGlite(loadDataDir ? { loadDataDir } : undefined) : new PGlite(dataDir);
  try {
    await pglite.waitReady;
  } catch (err) {
    unlock();
    throw err;
  }
  const db = drizzlePglite(pglite, { schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    pglite,
    raw: async (text, params) => {
      const r = await pglite.query<Record<string, unknown>>(text, params ?? []);
      return { rows: r.rows };
    },
    listen: async (channel, onPayload) => {
      const unsub = await pglite.listen(channel, onPayload);
      return async () => { await unsub(); };
    },
    close: async () => {
      await pglite.close();
      unlock();
    },
  };
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // A failing idle client must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  const listeners = new Set<PgListener>();
  return {
    kind: 'postgres',
    db,
    connectionString: url,
    raw: async (text, params) => {
      const r = await pool.query(text, params as unknown[] | undefined);
      return { rows: r.rows as Record<string, unknown>[] };
    },
    listen: async (channel, onPayload) => {
      const listener = new PgListener(url, channel, onPayload);
      await listener.start();
      listeners.add(listener);
      return async () => {
        listeners.delete(listener);
        await listener.close();
      };
    },
    close: async () => {
      await Promise.all([...listeners].map((l) => l.close()));
      listeners.clear();
      await pool.end();
    },
  };
}
