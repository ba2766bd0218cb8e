// W2: hot-item reservations. `npm run bench:w2` (PostgreSQL: BENCH_DATABASE_URL, else
// TEST_DATABASE_URL, else the local test server). In a fresh database, 64 concurrent clients
// reserve one unit at a time of 20 hot items, first through the application (reserveStock inside
// inTenant as a tenant user: role switch, RLS, Drizzle, the conditional UPDATE and the
// reservation row, one statement), then the same statement issued raw on a pg pool of the same size.
// Demand is 20 % above supply, so refusals happen too; at the end reserved is compared with on
// hand and with the sum of active reservations: any excess is an oversell (must be 0).
import pg from 'pg';
import { migrateDatabase, newId, openDatabase, type Database } from '../apps/server/src/platform/db/index.ts';
import { inTenant, useDatabase } from '../apps/server/src/platform/tx/index.ts';
import { toAppError } from '../apps/server/src/platform/http/index.ts';
import { applyStockMoves, reserveStock } from '../apps/server/src/modules/inventory/index.ts';

const url = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || 'postgres://triad_test:triad_test@127.0.0.1:5432/triad_test';
const clients = Number(process.env.W2_CLIENTS ?? 64);
const hotItems = Number(process.env.W2_ITEMS ?? 20);
const attemptsPerClient = Number(process.env.W2_ATTEMPTS ?? 150);
const poolSize = Number(process.env.W2_POOL ?? 16);
/** Supply per item so that total demand is 20 % above total supply. */
const supplyPerItem = Math.floor((clients * attemptsPerClient) / hotItems / 1.2);

async function freshPostgres(adminUrl: string): Promise<{ database: Database; url: string; drop: () => Promise<void> }> {
  const name = `triad_bench_w2_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try { await admin.query(`create database ${name}`); } finally { await admin.end(); }
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  const database = await openDatabase({ url: u.toString(), poolSize });
  await migrateDatabase(database);
  return {
    database,
    url: u.toString(),
    drop: async () => {
      await database.close().catch(() => {});
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      try { await c.query(`drop database if exists ${name} with (force)`); } finally { await c.end(); }
    },
  };
}

interface Company { tenantId: string; userId: string; warehouseId: string; categoryId: string; unitId: string }

/** A company with one warehouse, one category, one unit and a warehouse keeper. */
async function prepareCompany(database: Database): Promise<Company> {
  const c: Company = { tenantId: newId(), userId: newId(), warehouseId: newId(), categoryId: newId(), unitId: newId() };
  await database.raw('insert into tenants (id, code, name) values ($1, $2, $3)', [c.tenantId, `w2${Date.now().toString(36)}`, 'W2 基准公司']);
  await database.raw(`insert into users (id, tenant_id, username, display_name, password_hash) values ($1, $2, 'yang.lei', '杨磊', 'x')`, [c.userId, c.tenantId]);
  await database.raw(`insert into units (id, tenant_id, code, name) values ($1, $2, 'PCS', '个')`, [c.unitId, c.tenantId]);
  await database.raw(`insert into item_categories (id, tenant_id, code, name, item_class) values ($1, $2, 'GOODS', '库存商品', 'goods')`, [c.categoryId, c.tenantId]);
  await database.raw(`insert into warehouses (id, tenant_id, code, name, is_default) values ($1, $2, 'WH01', '主仓库', true)`, [c.warehouseId, c.tenantId]);
  return c;
}

/** `count` items received into stock through the application's ledger. */
async function stockedItems(database: Database, c: Company, prefix: string, count: number, quantity: number): Promise<string[]> {
  const ids = Array.from({ length: count }, () => newId());
  for (const [i, id] of ids.entries()) {
    await database.raw(`insert into items (id, tenant_id, code, name, category_id, base_unit_id) values ($1, $2, $3, $4, $5, $6)`,
      [id, c.tenantId, `${prefix}${String(i + 1).padStart(3, '0')}`, `热销商品 ${prefix}${i + 1}`, c.categoryId, c.unitId]);
  }
  await inTenant({ tenantId: c.tenantId, userId: c.userId }, () => applyStockMoves(ids.map((itemId) => ({
    kind: 'receipt' as const, itemId, warehouseId: c.warehouseId, quantity: String(quantity), unitCost: '10', date: '2026-01-05',
    source: { type: 'benchReceipt', id: newId(), number: 'RK-W2' },
  }))));
  return ids;
}

interface Outcome { attempts: number; reserved: number; refused: number; seconds: number }

/** Every client makes `attemptsPerClient` reservations of one unit of a random hot item. */
async function drive(items: string[], reserve: (itemId: string) => Promise<boolean>): Promise<Outcome> {
  let reserved = 0;
  let refused = 0;
  const start = process.hrtime.bigint();
  await Promise.all(Array.from({ length: clients }, async () => {
    for (let i = 0; i < attemptsPerClient; i++) {
      if (await reserve(items[Math.floor(Math.random() * items.length)]!)) reserved += 1;
      else refused += 1;
    }
  }));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { attempts: reserved + refused, reserved, refused, seconds };
}

function appReserve(c: Company): (itemId: string) => Promise<boolean> {
  return async (itemId) => {
    try {
      await inTenant({ tenantId: c.tenantId, userId: c.userId }, () => reserveStock({
        itemId, warehouseId: c.warehouseId, quantity: '1', source: { type: 'salesOrder', id: newId() },
      }));
      return true;
    } catch (error) {
      if (toAppError(error).code === 'inventory.stock.insufficient') return false;
      throw error;
    }
  };
}

/** The same statement reserveStock issues, on the driver: no ORM, no role switch, no RLS. */
function rawReserve(pool: pg.Pool, c: Company): (itemId: string) => Promise<boolean> {
  return async (itemId) => {
    const client = await pool.connect();
    try {
      await client.query('begin');
      const { rowCount } = await client.query(`
        with granted as (
          update stock_balances set reserved = reserved + $4::numeric, updated_at = now()
          where tenant_id = $1 and item_id = $2 and warehouse_id = $3 and (allow_negative or on_hand - reserved >= $4::numeric)
          returning tenant_id, item_id, warehouse_id)
        insert into stock_reservations (id, tenant_id, item_id, warehouse_id, quantity, source_type, source_id, source_line_id)
        select $5, tenant_id, item_id, warehouse_id, $4::numeric, 'salesOrder', $6, null from granted
        returning id`, [c.tenantId, itemId, c.warehouseId, '1.0000', newId(), newId()]);
      await client.query('commit');
      return Boolean(rowCount);
    } catch (error) {
      await client.query('rollback').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  };
}

/** Oversold units: reserved beyond on hand, plus any mismatch between balances and reservation rows. */
async function oversells(database: Database, c: Company, items: string[]): Promise<{ oversold: number; reservedTotal: number; mismatched: number }> {
  const { rows } = await database.raw(`
    select b.item_id, b.on_hand::float8 as on_hand, b.reserved::float8 as reserved,
      coalesce((select sum(r.quantity) from stock_reservations r where r.tenant_id = b.tenant_id and r.item_id = b.item_id
        and r.warehouse_id = b.warehouse_id and r.status = 'active'), 0)::float8 as rows_total
    from stock_balances b where b.tenant_id = $1 and b.warehouse_id = $2 and b.item_id = any($3::uuid[])`, [c.tenantId, c.warehouseId, items]);
  let oversold = 0;
  let reservedTotal = 0;
  let mismatched = 0;
  for (const r of rows) {
    const onHand = Number(r.on_hand);
    const reserved = Number(r.reserved);
    reservedTotal += reserved;
    oversold += Math.max(0, reserved - onHand, Number(r.rows_total) - onHand);
    if (Number(r.rows_total) !== reserved) mismatched += 1;
  }
  return { oversold, reservedTotal, mismatched };
}

function report(label: string, o: Outcome, check: { oversold: number; reservedTotal: number; mismatched: number }): void {
  console.log(`  ${label.padEnd(36)} ${(o.attempts / o.seconds).toFixed(0).padStart(6)} reservations/s  `
    + `(${o.attempts} attempts in ${o.seconds.toFixed(2)} s: ${o.reserved} reserved, ${o.refused} refused)  `
    + `oversells: ${check.oversold}${check.mismatched ? `, ${check.mismatched} balances disagree with their reservations` : ''}`
    + `${check.reservedTotal !== o.reserved ? `, reserved ${check.reservedTotal} ≠ granted ${o.reserved}` : ''}`);
}

async function main(): Promise<void> {
  console.log(`W2 hot reservations on PostgreSQL: ${clients} clients, ${hotItems} hot items × ${supplyPerItem} on hand, `
    + `${attemptsPerClient} attempts per client (demand ${clients * attemptsPerClient} vs supply ${hotItems * supplyPerItem}), pools of ${poolSize}`);
  const { database, url: benchUrl, drop } = await freshPostgres(url);
  const pool = new pg.Pool({ connectionString: benchUrl, max: poolSize });
  pool.on('error', () => {});
  try {
    useDatabase(database);
    const company = await prepareCompany(database);
    // Warm-up on items of their own: plan caches, connections, JIT of both paths.
    const warm = await stockedItems(database, company, 'WARM', 4, 1_000_000);
    await drive(warm, appReserve(company));
    await drive(warm, rawReserve(pool, company));

    const appItems = await stockedItems(database, company, 'APP', hotItems, supplyPerItem);
    const rawItems = await stockedItems(database, company, 'RAW', hotItems, supplyPerItem);
    const app = await drive(appItems, appReserve(company));
    const raw = await drive(rawItems, rawReserve(pool, company));
    const appCheck = await oversells(database, company, appItems);
    const rawCheck = await oversells(database, company, rawItems);
    console.log();
    report('application (reserveStock, inTenant)', app, appCheck);
    report('raw SQL (same statement, pg pool)', raw, rawCheck);
    console.log(`  ratio application / raw: ${((app.attempts / app.seconds) / (raw.attempts / raw.seconds)).toFixed(2)}`);
    if (appCheck.oversold + rawCheck.oversold > 0 || appCheck.mismatched + rawCheck.mismatched > 0) process.exitCode = 1;
  } finally {
    await pool.end().catch(() => {});
    await drop();
  }
}

await main();
