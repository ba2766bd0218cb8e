// W4: the trial balance (科目余额表) over a big ledger. `npx tsx bench/w4-trial-balance.ts`
// (PostgreSQL only: BENCH_DATABASE_URL or TEST_DATABASE_URL; sizes in W4_SIZES, default
// "1000000,10000000" voucher lines). For each size: a fresh database, the PRC chart, N posted lines
// over 36 periods and ~120 leaf accounts bulk-loaded with generate_series, then the application's
// trialBalance() for the last 12 periods (as the app role, through inTenant) timed against the
// ceiling of one raw GROUP BY over all the tenant's lines. Goal: ≤ 2 s at 10M lines.
import pg from 'pg';
import { migrateDatabase, newId, openDatabase, type Database } from '../apps/server/src/platform/db/index.ts';
import { inTenant, useDatabase } from '../apps/server/src/platform/tx/index.ts';
import { ensureFinanceSetup, trialBalance } from '../apps/server/src/modules/finance/index.ts';

const url = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
const sizes = (process.env.W4_SIZES ?? '1000000,10000000').split(',').map((s) => Number(s.trim())).filter((n) => n > 0);
const runs = 5;
const chunkLines = 1_000_000;
const linesPerVoucher = 4;
const firstYear = 2024;
const periodCount = 36;
const leafTarget = 120;

async function freshPostgres(adminUrl: string): Promise<{ database: Database; drop: () => Promise<void> }> {
  const name = `triad_bench_w4_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try { await admin.query(`create database ${name}`); } finally { await admin.end(); }
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  const database = await openDatabase({ url: u.toString(), poolSize: 4 });
  await migrateDatabase(database);
  return {
    database,
    drop: async () => {
      await database.close().catch(() => {});
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      try { await c.query(`drop database if exists ${name} with (force)`); } finally { await c.end(); }
    },
  };
}

/** A company with the standard chart, 36 open periods and at least `leafTarget` leaf accounts. */
interface Leaves { balanceSheet: string[]; profitLoss: string[] }
const leafCount = (l: Leaves) => l.balanceSheet.length + l.profitLoss.length;

async function prepareTenant(database: Database): Promise<{ tenantId: string; leaves: Leaves }> {
  const tenantId = newId();
  await database.raw('insert into tenants (id, code, name) values ($1, $2, $3)', [tenantId, `w4${Date.now().toString(36)}`, 'W4 基准公司']);
  await inTenant({ tenantId }, () => ensureFinanceSetup());
  const periods = Array.from({ length: periodCount }, (_, m) => (firstYear + Math.floor(m / 12)) * 100 + (m % 12) + 1);
  await database.raw(`insert into fin_periods (tenant_id, period) select $1, p from unnest($2::int[]) p on conflict do nothing`, [tenantId, periods]);
  let leaves = await leafAccounts(database, tenantId);
  if (leaves.length < leafTarget) {
    // Sub-accounts of 管理费用 (费用明细) make up the ~120 leaves a mid-size company books to.
    const [parent] = (await database.raw(`select id from fin_accounts where tenant_id = $1 and code = '6602'`, [tenantId])).rows;
    const missing = leafTarget - leaves.length + 1;
    await database.raw(`update fin_accounts set is_leaf = false where id = $1`, [parent!.id]);
    await database.raw(`
      insert into fin_accounts (id, tenant_id, code, name, parent_id, level, category, direction, is_leaf)
      select gen_random_uuid(), $1, '6602' || lpad(g::text, 2, '0'), '管理费用明细' || g, $2, 2, 'profitLoss', 'debit', true
      from generate_series(1, $3::int) g`, [tenantId, parent!.id, missing]);
    leaves = await leafAccounts(database, tenantId);
  }
  const picked = leaves.slice(0, leafTarget);
  return { tenantId, leaves: { balanceSheet: picked.filter((l) => !l.pl).map((l) => l.id), profitLoss: picked.filter((l) => l.pl).map((l) => l.id) } };
}

async function leafAccounts(database: Database, tenantId: string): Promise<{ id: string; pl: boolean }[]> {
  const { rows } = await database.raw(`select id, category from fin_accounts where tenant_id = $1 and is_leaf and enabled order by code`, [tenantId]);
  return rows.map((r) => ({ id: String(r.id), pl: r.category === 'profitLoss' }));
}

/**
 * N posted lines (4 per voucher: a balanced pair of balance-sheet accounts and a balanced pair of
 * P&L accounts, so every year balances without a year-end close) straight into the tables, chunk
 * by chunk, with the ledger triggers off and the secondary indexes rebuilt afterwards (the usual
 * bulk-load order); the period balances are then built in one INSERT … SELECT, as the posting
 * trigger would have kept them.
 */
async function bulkLoad(database: Database, tenantId: string, leaves: Leaves, lines: number): Promise<Record<string, number>> {
  const vouchers = Math.ceil(lines / linesPerVoucher);
  const phases: Record<string, number> = {};
  let mark = Date.now();
  const phase = (name: string) => { phases[name] = (Date.now() - mark) / 1000; mark = Date.now(); };
  const { rows: secondary } = await database.raw(`
    select indexname, indexdef from pg_indexes
    where schemaname = current_schema() and tablename in ('fin_vouchers', 'fin_voucher_lines')
      and indexname not in (select conname from pg_constraint)`);
  for (const index of secondary) await database.raw(`drop index ${String(index.indexname)}`);
  await database.raw('alter table fin_vouchers disable trigger user');
  await database.raw('alter table fin_voucher_lines disable trigger user');
  try {
    // voucher v: month index v % 36, deterministic ids so lines find their voucher without a join.
    const month = (v: string) => `(${v} % ${periodCount})`;
    const period = (v: string) => `((${firstYear} + ${month(v)} / 12) * 100 + ${month(v)} % 12 + 1)`;
    const day = (v: string) => `make_date((${firstYear} + ${month(v)} / 12)::int, (${month(v)} % 12 + 1)::int, (1 + (${v} / ${periodCount}) % 28)::int)`;
    const amount = (v: string, pair: number) => `((1 + ((${v} * 7919 + ${pair * 104729}) % 1000000)) / 100.0)::numeric(18,2)`;
    const voucherId = (v: string) => `('00000000-0000-4000-8000-' || lpad(to_hex(${v}), 12, '0'))::uuid`;
    for (let lo = 0; lo < vouchers; lo += chunkLines / linesPerVoucher) {
      const hi = Math.min(vouchers, lo + chunkLines / linesPerVoucher) - 1;
      await database.raw(`
        insert into fin_vouchers (id, tenant_id, period, word, seq, number, voucher_date, status, summary, total_debit, total_credit, posted_at)
        select ${voucherId('v')}, $1, ${period('v')}, 'ji', v + 1, '记-' || (v + 1), ${day('v')}, 'posted', '基准凭证',
          ${amount('v', 0)} + ${amount('v', 1)}, ${amount('v', 0)} + ${amount('v', 1)}, now()
        from generate_series($2::bigint, $3::bigint) v`, [tenantId, lo, hi]);
      // Line n of voucher v = n / 4: pairs (0,1) and (2,3) carry the same amount on opposite sides.
      await database.raw(`
        with acc as (select $4::uuid[] as bs, $5::uuid[] as pl)
        insert into fin_voucher_lines (id, tenant_id, voucher_id, line_no, summary, account_id, debit, credit, period, voucher_date, posted)
        select ('00000000-0000-4000-9000-' || lpad(to_hex(n), 12, '0'))::uuid, $1, ${voucherId('v')}, k + 1, '基准分录',
          case when k < 2 then acc.bs[(1 + (v * 31 + k * 17) % ${leaves.balanceSheet.length})::int]
            else acc.pl[(1 + (v * 13 + k * 5) % ${leaves.profitLoss.length})::int] end,
          case when k % 2 = 0 then amount else 0 end, case when k % 2 = 1 then amount else 0 end,
          ${period('v')}, ${day('v')}, true
        from acc, generate_series($2::bigint, $3::bigint) n,
          lateral (select n / ${linesPerVoucher} as v, (n % ${linesPerVoucher})::int as k) x,
          lateral (select case when k < 2 then ${amount('v', 0)} else ${amount('v', 1)} end as amount) a`,
      [tenantId, lo * linesPerVoucher, Math.min(lines, (hi + 1) * linesPerVoucher) - 1, leaves.balanceSheet, leaves.profitLoss]);
      process.stdout.write(`  loaded ${Math.min(lines, (hi + 1) * linesPerVoucher).toLocaleString('en-US')} lines\r`);
    }
    phase('lines');
    for (const index of secondary) await database.raw(String(index.indexdef));
    phase('indexes');
    await database.raw(`
      insert into fin_account_balances (tenant_id, account_id, period, debit, credit)
      select tenant_id, account_id, period, sum(debit), sum(credit) from fin_voucher_lines where tenant_id = $1
      group by tenant_id, account_id, period`, [tenantId]);
    // The load must look like posted books: vouchers' totals = their lines, debits = credits.
    const { rows: [check] } = await database.raw(`
      select (select sum(total_debit) from fin_vouchers where tenant_id = $1) as vouchers,
        sum(debit) as debit, sum(credit) as credit from fin_account_balances where tenant_id = $1`, [tenantId]);
    if (String(check?.vouchers) !== String(check?.debit) || String(check?.debit) !== String(check?.credit)) {
      throw new Error(`bulk load does not balance: ${JSON.stringify(check)}`);
    }
    phase('balances');
  } finally {
    await database.raw('alter table fin_vouchers enable trigger user');
    await database.raw('alter table fin_voucher_lines enable trigger user');
  }
  await database.raw('analyze fin_vouchers');
  await database.raw('analyze fin_voucher_lines');
  await database.raw('analyze fin_account_balances');
  phase('analyze');
  return phases;
}

async function medianMs(fn: () => Promise<unknown>): Promise<number> {
  await fn(); // warm-up: plan cache, buffers
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)]!;
}

async function benchSize(adminUrl: string, lines: number): Promise<void> {
  const { database, drop } = await freshPostgres(adminUrl);
  try {
    useDatabase(database);
    const { tenantId, leaves } = await prepareTenant(database);
    const loadStart = Date.now();
    const phases = await bulkLoad(database, tenantId, leaves, lines);
    const loadSeconds = (Date.now() - loadStart) / 1000;
    const to = (firstYear + 2) * 100 + 12;
    const from = (firstYear + 2) * 100 + 1;
    let rows = 0;
    let totals = '';
    const app = await medianMs(async () => {
      const tb = await inTenant({ tenantId }, () => trialBalance({ from, to }));
      rows = tb.rows.length;
      totals = `${tb.totals.closingDebit} = ${tb.totals.closingCredit}`;
    });
    const raw = await medianMs(() => database.raw(
      'SELECT account_id, sum(debit), sum(credit) FROM fin_voucher_lines WHERE tenant_id = $1 GROUP BY account_id', [tenantId]));
    const balances = (await database.raw('select count(*)::int as n from fin_account_balances where tenant_id = $1', [tenantId])).rows[0]?.n;
    console.log(`\n${lines.toLocaleString('en-US')} lines over ${periodCount} periods and ${leafCount(leaves)} leaf accounts (${balances} period balances), loaded in ${loadSeconds.toFixed(1)} s`);
    console.log(`  load phases (s): ${Object.entries(phases).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`);
    console.log(`  trialBalance(${from}..${to}) via inTenant: ${app.toFixed(1)} ms median of ${runs} (${rows} rows, closing ${totals})`);
    console.log(`  ceiling, raw GROUP BY over the lines:      ${raw.toFixed(1)} ms median of ${runs}`);
    console.log(`  ratio app / raw: ${(app / raw).toFixed(3)}   goal ≤ 2000 ms at 10M: ${app <= 2000 ? 'met' : 'NOT met'}`);
  } finally {
    await drop();
  }
}

async function main(): Promise<void> {
  if (!url) {
    console.log('W4 needs PostgreSQL: set BENCH_DATABASE_URL or TEST_DATABASE_URL.');
    process.exitCode = 1;
    return;
  }
  console.log(`W4 trial balance: sizes ${sizes.map((s) => s.toLocaleString('en-US')).join(', ')} lines`);
  for (const size of sizes) await benchSize(url, size);
}

await main();
