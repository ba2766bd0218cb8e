import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { createTenant, type TestTenant } from '../../../testing/fixtures.ts';
import { newId } from '../../../platform/db/index.ts';
import { inTenant, tx } from '../../../platform/tx/index.ts';
import { toAppError } from '../../../platform/http/index.ts';
import { accountByCode, ensureFinanceSetup, postDocument } from '../application/ledger/index.ts';
import { createManualVoucher, postManualVoucher } from '../application/ledger/manual-vouchers.ts';
import { reverseVoucher } from '../application/ledger/reverse.ts';
import { todayIso } from '../domain/ledger/periods.ts';

// Property: whatever sequence of document postings, manual vouchers (balanced or not) and
// reversals runs, the books stay consistent — every posted voucher balances, the period balances
// equal the posted lines per account × period, and total debits equal total credits.

let t: TestContext;
let tenant: TestTenant;
const accounts: Record<string, string> = {};
const partnerId = newId();
const today = todayIso();
const inT = <T>(fn: () => Promise<T>) => inTenant({ tenantId: tenant.id }, fn);

type Op =
  | { kind: 'document'; cents: number[]; repeat: boolean }
  | { kind: 'manual'; cents: number; skew: number; post: boolean }
  | { kind: 'reverse' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('document' as const), cents: fc.array(fc.integer({ min: -5000, max: 10_000_000 }), { minLength: 1, maxLength: 4 }), repeat: fc.boolean() }),
  fc.record({ kind: fc.constant('manual' as const), cents: fc.integer({ min: 1, max: 10_000_000 }), skew: fc.integer({ min: -2, max: 2 }), post: fc.boolean() }),
  fc.record({ kind: fc.constant('reverse' as const) }),
);

const money = (cents: number) => (cents / 100).toFixed(2);
let lastSource: { type: string; id: string; number: string } | null = null;
const postedManual: string[] = [];
const postedSources = new Set<string>();

const voucherCount = () => inT(async () => Number((await tx().execute(sql`select count(*)::int n from fin_vouchers`)).rows[0]?.n));

async function run(op: Op): Promise<void> {
  if (op.kind === 'document') {
    const source = op.repeat && lastSource ? lastSource : { type: 'propDoc', id: newId(), number: 'P' };
    lastSource = source;
    const total = op.cents.reduce((s, c) => s + c, 0);
    const lines = [
      ...op.cents.map((c) => ({ role: 'inventory', side: 'debit' as const, amount: money(c) })),
      { role: 'payable', side: 'credit' as const, amount: money(total), partnerId },
    ];
    const result = await inT(() => postDocument({ source, date: today, summary: '入库', lines })).catch((e: unknown) => toAppError(e));
    // A source already posted answers its voucher again; lines netting to zero leave nothing to
    // post; anything else is balanced and must post.
    if (postedSources.has(source.id)) expect(result).toMatchObject({ created: false });
    else if (total === 0) expect(result).toMatchObject({ code: 'finance.voucher.unbalanced' });
    else { expect(result).toMatchObject({ created: true }); postedSources.add(source.id); }
    return;
  }
  if (op.kind === 'manual') {
    const credit = op.cents + op.skew;
    const input = { word: 'ji' as const, voucherDate: today, summary: '手工', lines: [
      { summary: '', accountId: accounts.bank!, debit: money(op.cents), credit: '0' },
      { summary: '', accountId: accounts.cash!, debit: '0', credit: money(Math.max(credit, 1)) },
    ] };
    const before = await voucherCount();
    const outcome = await inT(async () => {
      const v = await createManualVoucher(input);
      if (op.post) { await postManualVoucher(v.id); postedManual.push(v.id); }
      return v;
    }).catch((e: unknown) => toAppError(e));
    const balanced = Math.max(credit, 1) === op.cents;
    if (balanced) expect(outcome).toHaveProperty('id');
    else {
      expect(outcome).toMatchObject({ code: 'finance.voucher.unbalanced' });
      expect(await voucherCount()).toBe(before); // refused vouchers leave nothing behind
    }
    return;
  }
  const target = postedManual.pop();
  if (target) await inT(() => reverseVoucher(target));
}

async function invariants(): Promise<void> {
  const rows = await inT(async () => {
    const unbalanced = await tx().execute(sql`select v.id from fin_vouchers v join fin_voucher_lines l on l.voucher_id = v.id
      where v.status = 'posted' group by v.id, v.total_debit having sum(l.debit) <> sum(l.credit) or sum(l.debit) <> v.total_debit`);
    const mismatched = await tx().execute(sql`
      with lines as (select account_id, period, sum(debit) d, sum(credit) c from fin_voucher_lines where posted group by account_id, period)
      select coalesce(b.account_id, l.account_id) from fin_account_balances b full join lines l on l.account_id = b.account_id and l.period = b.period
      where coalesce(b.debit, 0) <> coalesce(l.d, 0) or coalesce(b.credit, 0) <> coalesce(l.c, 0)`);
    const totals = await tx().execute(sql`select coalesce(sum(debit), 0)::text d, coalesce(sum(credit), 0)::text c from fin_account_balances`);
    const orphanDrafts = await tx().execute(sql`select id from fin_vouchers v where not exists (select 1 from fin_voucher_lines l where l.voucher_id = v.id)`);
    return { unbalanced: unbalanced.rows, mismatched: mismatched.rows, totals: totals.rows[0] as { d: string; c: string }, orphanDrafts: orphanDrafts.rows };
  });
  expect(rows.unbalanced).toEqual([]);
  expect(rows.mismatched).toEqual([]);
  expect(rows.orphanDrafts).toEqual([]);
  expect(rows.totals.d).toBe(rows.totals.c);
}

beforeAll(async () => {
  t = await createTestApp();
  tenant = await createTenant();
  await inT(() => ensureFinanceSetup());
  accounts.bank = (await inT(() => accountByCode('1002')))!.id;
  accounts.cash = (await inT(() => accountByCode('1001')))!.id;
});
afterAll(async () => { await t.close(); });

describe('ledger invariants', () => {
  it('hold after any sequence of postings, manual vouchers and reversals', async () => {
    await fc.assert(fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 8 }), async (ops) => {
      for (const op of ops) await run(op);
      await invariants();
    }), { numRuns: 15 });
  });
});
