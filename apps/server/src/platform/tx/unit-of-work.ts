import { AsyncLocalStorage } from 'node:async_hooks';
import { sql } from 'drizzle-orm';
import type { Database, Db } from '../db/index.ts';

/** Who is acting; set from the session or token, never from request input. */
export interface Actor {
  tenantId: string;
  userId?: string | null;
  userName?: string | null;
  requestId?: string | null;
  ip?: string | null;
  locale?: string;
}

type Hook = (tx: Db) => Promise<void>;

export interface UnitOfWork {
  tx: Db;
  actor: Actor;
  /** Run inside the transaction, after the command, before COMMIT (e.g. the event outbox). */
  beforeCommit: Hook[];
  /** Run after COMMIT succeeded (e.g. wake a dispatcher); failures are logged, not thrown. */
  afterCommit: (() => void | Promise<void>)[];
}

const storage = new AsyncLocalStorage<UnitOfWork>();
let current: Database | undefined;

/** The process-wide database, set once at start (tests set one per test file). */
export function useDatabase(database: Database): void {
  current = database;
}

export function database(): Database {
  if (!current) throw new Error('database not initialised');
  return current;
}

/**
 * One command = one transaction, as the tenant's application role: RLS applies, and the tenant
 * comes from the actor. Nested calls for the same tenant join the running transaction.
 */
export async function inTenant<T>(actor: Actor, fn: () => Promise<T>): Promise<T> {
  const outer = storage.getStore();
  if (outer) {
    if (outer.actor.tenantId !== actor.tenantId) throw new Error('cross-tenant nested transaction');
    return fn();
  }
  const afterCommit: UnitOfWork['afterCommit'] = [];
  const result = await database().db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('app.tenant_id', ${actor.tenantId}, true),
      set_config('app.user_id', ${actor.userId ?? ''}, true),
      set_config('role', 'triad_app', true)`);
    const uow: UnitOfWork = { tx: tx as unknown as Db, actor, beforeCommit: [], afterCommit };
    const value = await storage.run(uow, fn);
    for (const hook of uow.beforeCommit) await hook(uow.tx);
    return value;
  });
  for (const hook of afterCommit) {
    try { await hook(); } catch { /* after-commit work is best effort; the outbox retries */ }
  }
  return result;
}

/** The ambient transaction; every repository call goes through it. */
export function tx(): Db {
  const uow = storage.getStore();
  if (!uow) throw new Error('no unit of work: wrap the command in inTenant()');
  return uow.tx;
}

export function unitOfWork(): UnitOfWork {
  const uow = storage.getStore();
  if (!uow) throw new Error('no unit of work: wrap the command in inTenant()');
  return uow;
}

export function actor(): Actor {
  return unitOfWork().actor;
}

export function maybeUnitOfWork(): UnitOfWork | undefined {
  return storage.getStore();
}

/**
 * Platform bookkeeping that is not a tenant's business data or must see across tenants
 * (login lookup, session check, job dispatch): runs as the connecting role, outside RLS.
 */
export async function asSystem<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  if (storage.getStore()) throw new Error('asSystem inside a tenant transaction');
  return fn(database().db);
}
