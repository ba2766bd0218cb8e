import { sql, type SQL } from 'drizzle-orm';
import pg from 'pg';
import { newId, type Database } from '../apps/server/src/platform/db/index.ts';
import { inTenant, tx, useDatabase } from '../apps/server/src/platform/tx/index.ts';

export interface RateResult { count: number; seconds: number; perSecond: number }

export interface TimedOptions { concurrency: number; durationMs: number; warmupMs: number }

/** Runs `fn` in `concurrency` closed loops; counts completions after a warm-up. */
export async function timed(opts: TimedOptions, fn: () => Promise<void>): Promise<RateResult> {
  const warmEnd = Date.now() + opts.warmupMs;
  await Promise.all(Array.from({ length: opts.concurrency }, async () => { while (Date.now() < warmEnd) await fn(); }));
  let count = 0;
  const start = Date.now();
  const end = start + opts.durationMs;
  await Promise.all(Array.from({ length: opts.concurrency }, async () => {
    while (Date.now() < end) { await fn(); count += 1; }
  }));
  const seconds = (Date.now() - start) / 1000;
  return { count, seconds, perSecond: count / seconds };
}

const items = 1000;
const benchTenant = newId();

/** Scratch tables shaped like an order with lines and a stock balance; secured like real ones. */
export async function prepareWriteTables(database: Database): Promise<void> {
  await database.raw(`create table if not exists bench_orders (id uuid primary key, tenant_id uuid not null, number text not null, total numeric(18,2) not null)`);
  await database.raw(`create table if not exists bench_lines (id uuid primary key, tenant_id uuid not null, order_id uuid not null, item int not null, qty numeric(18,4) not null, price numeric(18,2) not null)`);
  await database.raw(`create table if not exists bench_stock (tenant_id uuid not null, item int not null, on_hand numeric(18,4) not null, primary key (tenant_id, item))`);
  await database.raw(`insert into bench_stock select $1, g, 1000000 from generate_series(1, ${items}) g on conflict do nothing`, [benchTenant]);
  // RLS policy and triad_app grants, exactly as migrations give every tenant table.
  await database.raw('select triad_secure_tables()');
}

export async function dropWriteTables(database: Database): Promise<void> {
  await database.raw('drop table if exists bench_orders, bench_lines, bench_stock');
}

/** The five statements of the transaction: order, two lines, stock decrement, order total. */
function statements(): { text: string; params: unknown[] }[] {
  const orderId = newId();
  const item = 1 + Math.floor(Math.random() * items);
  return [
    { text: 'insert into bench_orders (id, tenant_id, number, total) values ($1, $2, $3, 0)', params: [orderId, benchTenant, `SO-${orderId.slice(-8)}`] },
    { text: 'insert into bench_lines (id, tenant_id, order_id, item, qty, price) values ($1, $2, $3, $4, 2, 19.90)', params: [newId(), benchTenant, orderId, item] },
    { text: 'insert into bench_lines (id, tenant_id, order_id, item, qty, price) values ($1, $2, $3, $4, 1, 5.50)', params: [newId(), benchTenant, orderId, item] },
    { text: 'update bench_stock set on_hand = on_hand - 3 where tenant_id = $1 and item = $2', params: [benchTenant, item] },
    { text: 'update bench_orders set total = 45.30 where id = $1', params: [orderId] },
  ];
}

/** Raw SQL on the driver: BEGIN, five statements, COMMIT — no ORM, no RLS, no unit of work. */
export function rawTransaction(database: Database, pool?: pg.Pool): () => Promise<void> {
  if (database.kind === 'pglite' && database.pglite) {
    const pglite = database.pglite;
    return async () => {
      await pglite.transaction(async (t) => {
        for (const s of statements()) await t.query(s.text, s.params);
      });
    };
  }
  if (!pool) throw new Error('raw PostgreSQL transactions need a pool');
  return async () => {
    const client = await pool.connect();
    try {
      await client.query('begin');
      for (const s of statements()) await client.query(s.text, s.params);
      await client.query('commit');
    } catch (err) {
      await client.query('rollback').catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  };
}

function drizzleStatements(): SQL[] {
  return statements().map((s) => {
    const chunks = s.text.split(/\$\d+/);
    return sql.join(chunks.map((c, i) => (i < s.params.length ? sql`${sql.raw(c)}${s.params[i]}` : sql.raw(c))), sql``);
  });
}

/** The five statements in a Drizzle transaction as the owner: the ORM's cost without RLS. */
export function drizzleTransaction(database: Database): () => Promise<void> {
  return () => database.db.transaction(async (t) => {
    for (const q of drizzleStatements()) await t.execute(q);
  });
}

/** The same five statements through the application's path: inTenant (role switch + RLS) and Drizzle. */
export function unitOfWorkTransaction(database: Database): () => Promise<void> {
  useDatabase(database);
  return () => inTenant({ tenantId: benchTenant, userName: 'bench' }, async () => {
    for (const q of drizzleStatements()) await tx().execute(q);
  });
}

/** Sanity check that both paths wrote what they claim (and RLS let the tenant path write). */
export async function countOrders(database: Database): Promise<number> {
  const r = await database.raw('select count(*)::int as n from bench_orders');
  return Number(r.rows[0]?.n ?? 0);
}
