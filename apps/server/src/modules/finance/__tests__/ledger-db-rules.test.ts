import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { createTenant, type TestTenant } from '../../../testing/fixtures.ts';
import { newId } from '../../../platform/db/index.ts';
import { inTenant, tx } from '../../../platform/tx/index.ts';
import { toAppError } from '../../../platform/http/index.ts';
import { finAccountBalances, finAccounts, finPeriods, finVoucherLines, finVouchers } from '../infra/finance.tables.ts';

// The database itself refuses what would corrupt the ledger, whatever the application code does:
// these tests write rows directly, bypassing the module's services.

let t: TestContext;
let tenant: TestTenant;
const acc = { cash: newId(), revenue: newId(), parent: newId() };

const inT = <T>(fn: () => Promise<T>) => inTenant({ tenantId: tenant.id }, fn);

async function constraintOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    let e: unknown = error;
    for (let i = 0; i < 3 && e; i++) {
      const c = (e as { constraint?: string }).constraint;
      if (c) return c;
      e = (e as { cause?: unknown }).cause;
    }
    throw error;
  }
  return undefined;
}

async function draft(period: number, date: string, lines: [string, string, string][]): Promise<string> {
  const id = newId();
  await inT(async () => {
    await tx().insert(finVouchers).values({ id, tenantId: tenant.id, period, word: 'ji', seq: Math.floor(Math.random() * 1e9), number: '记-test', voucherDate: date, summary: 'test' });
    let no = 0;
    for (const [accountId, debit, credit] of lines) {
      await tx().insert(finVoucherLines).values({ id: newId(), tenantId: tenant.id, voucherId: id, lineNo: ++no, summary: 's', accountId, debit, credit, period, voucherDate: date });
    }
  });
  return id;
}
const post = (id: string) => inT(() => tx().update(finVouchers).set({ status: 'posted' }).where(eq(finVouchers.id, id)));

beforeAll(async () => {
  t = await createTestApp();
  tenant = await createTenant();
  await inT(async () => {
    await tx().insert(finAccounts).values([
      { id: acc.cash, tenantId: tenant.id, code: '1001', name: '库存现金', level: 1, category: 'asset', direction: 'debit', isCash: true },
      { id: acc.revenue, tenantId: tenant.id, code: '6001', name: '主营业务收入', level: 1, category: 'profitLoss', direction: 'credit' },
      { id: acc.parent, tenantId: tenant.id, code: '2221', name: '应交税费', level: 1, category: 'liability', direction: 'credit', isLeaf: false },
    ]);
    await tx().insert(finPeriods).values([{ tenantId: tenant.id, period: 202610 }, { tenantId: tenant.id, period: 202611 }]);
  });
});
afterAll(async () => { await t.close(); });

describe('ledger rules in the database', () => {
  it('posts a balanced voucher and moves the period balances in the same statement', async () => {
    const id = await draft(202611, '2026-11-03', [[acc.cash, '100.00', '0'], [acc.revenue, '0', '100.00']]);
    await post(id);
    const rows = await inT(() => tx().select().from(finAccountBalances).where(eq(finAccountBalances.period, 202611)));
    expect(rows.map((r) => [r.accountId === acc.cash ? 'cash' : 'revenue', r.debit, r.credit]).sort()).toEqual([['cash', '100.00', '0.00'], ['revenue', '0.00', '100.00']]);
    const [v] = await inT(() => tx().select().from(finVouchers).where(eq(finVouchers.id, id)));
    expect(v!.totalDebit).toBe('100.00');
  });

  it('refuses to post an unbalanced voucher, a one-line voucher and a parent account', async () => {
    const unbalanced = await draft(202611, '2026-11-04', [[acc.cash, '100.00', '0'], [acc.revenue, '0', '99.99']]);
    expect(await constraintOf(post(unbalanced))).toBe('fin_voucher_balanced');
    expect(toAppError(await post(unbalanced).catch((e: unknown) => e)).status).toBe(400);
    const single = await draft(202611, '2026-11-04', [[acc.cash, '100.00', '0']]);
    expect(await constraintOf(post(single))).toBe('fin_voucher_balanced');
    const parent = await draft(202611, '2026-11-04', [[acc.cash, '5.00', '0'], [acc.parent, '0', '5.00']]);
    expect(await constraintOf(post(parent))).toBe('fin_voucher_account_not_postable');
  });

  it('never lets a posted voucher or its lines change, and refuses a line with both sides', async () => {
    const id = await draft(202611, '2026-11-05', [[acc.cash, '10.00', '0'], [acc.revenue, '0', '10.00']]);
    await post(id);
    expect(await constraintOf(inT(() => tx().update(finVouchers).set({ summary: 'changed' }).where(eq(finVouchers.id, id))))).toBe('fin_voucher_posted_immutable');
    expect(await constraintOf(inT(() => tx().update(finVoucherLines).set({ debit: '11.00' }).where(and(eq(finVoucherLines.voucherId, id), eq(finVoucherLines.lineNo, 1)))))).toBe('fin_voucher_posted_immutable');
    expect(await constraintOf(inT(() => tx().delete(finVouchers).where(eq(finVouchers.id, id))))).toBe('fin_voucher_posted_immutable');
    expect(await constraintOf(draft(202611, '2026-11-05', [[acc.cash, '10.00', '10.00'], [acc.revenue, '0', '0']]))).toBe('fin_voucher_lines_one_side');
  });

  it('refuses a draft in a closed period, closing a period with drafts, and a date outside the period', async () => {
    const pending = await draft(202610, '2026-10-31', [[acc.cash, '1.00', '0'], [acc.revenue, '0', '1.00']]);
    expect(await constraintOf(inT(() => tx().update(finPeriods).set({ status: 'closed' }).where(eq(finPeriods.period, 202610))))).toBe('fin_period_has_drafts');
    await post(pending);
    await inT(() => tx().update(finPeriods).set({ status: 'closed' }).where(eq(finPeriods.period, 202610)));
    expect(await constraintOf(draft(202610, '2026-10-30', [[acc.cash, '1.00', '0'], [acc.revenue, '0', '1.00']]))).toBe('fin_period_closed');
    expect(await constraintOf(draft(202612, '2026-12-01', [[acc.cash, '1.00', '0'], [acc.revenue, '0', '1.00']]))).toBe('fin_period_closed');
    expect(await constraintOf(draft(202611, '2026-10-01', [[acc.cash, '1.00', '0'], [acc.revenue, '0', '1.00']]))).toBe('fin_voucher_period_mismatch');
  });
});
