import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { createDepartment, createTenant, type TestTenant } from '../../../testing/fixtures.ts';
import { newId } from '../../../platform/db/index.ts';
import { inTenant, tx } from '../../../platform/tx/index.ts';
import { toAppError } from '../../../platform/http/index.ts';
import { accountByCode, ensureFinanceSetup, postDocument } from '../application/ledger/index.ts';
import { carryForward } from '../application/ledger/closing.ts';
import { closePeriod, yearEnd } from '../application/ledger/periods.ts';
import { finAccountBalances, finPeriods, finVouchers } from '../infra/finance.tables.ts';
import { nextPeriod, periodOfNow } from '../domain/ledger/periods.ts';

// 结转损益 and 年结 through the application services: expected balances, a second carry-forward
// for late postings, December closing into 未分配利润 and the next year opened.

let t: TestContext;
let tenant: TestTenant;
let dept: string;
const partnerId = newId();
const year = Math.floor(periodOfNow() / 100);
const inT = <T>(fn: () => Promise<T>) => inTenant({ tenantId: tenant.id }, fn);

async function sums(code: string, periods: number[]): Promise<{ debit: number; credit: number }> {
  return inT(async () => {
    const acc = await accountByCode(code);
    const rows = await tx().select().from(finAccountBalances).where(and(eq(finAccountBalances.accountId, acc!.id), inArray(finAccountBalances.period, periods)));
    return rows.reduce((s, r) => ({ debit: s.debit + Number(r.debit), credit: s.credit + Number(r.credit) }), { debit: 0, credit: 0 });
  });
}

const sale = (date: string, amount: string, cost: string, expense: string) => inT(() => postDocument({
  source: { type: 'test', id: newId(), number: 'T' }, date, summary: '销售',
  lines: [
    { role: 'receivable', side: 'debit', amount, partnerId }, { role: 'revenue', side: 'credit', amount },
    { role: 'cogs', side: 'debit', amount: cost }, { role: 'inventory', side: 'credit', amount: cost },
    { role: 'adminExpense', side: 'debit', amount: expense, departmentId: dept }, { role: 'cash', side: 'credit', amount: expense },
  ],
}));

beforeAll(async () => {
  t = await createTestApp();
  tenant = await createTenant();
  dept = await createDepartment(tenant, '总经办');
  await inT(() => ensureFinanceSetup());
});
afterAll(async () => { await t.close(); });

describe('period end', () => {
  it('carries P&L into 本年利润, again for late postings, and closes the year into 未分配利润', async () => {
    const dec = year * 100 + 12;
    // A posting in December opens the months up to it.
    await sale(`${year}-12-10`, '1000.00', '600.00', '150.00');
    const first = await inT(() => carryForward(dec));
    expect(first.voucherId).not.toBeNull();
    expect(await sums('4103', [dec])).toEqual({ debit: 750, credit: 1000 });
    expect(await sums('6001', [dec])).toEqual({ debit: 1000, credit: 1000 });
    // A late posting gets a second carry-forward for the difference only.
    await sale(`${year}-12-20`, '200.00', '0', '50.00');
    const second = await inT(() => carryForward(dec));
    expect(second.voucherId).not.toBe(first.voucherId);
    expect(await sums('4103', [dec])).toEqual({ debit: 800, credit: 1200 });
    const cf = await inT(() => tx().select().from(finVouchers).where(eq(finVouchers.closingKind, 'profitLoss')));
    expect(cf).toHaveLength(2);
    // The year-end refuses while earlier months are open; close them in order (carrying each).
    const refused = await inT(() => yearEnd(dec)).catch((e: unknown) => toAppError(e));
    expect(refused).toMatchObject({ code: 'finance.period.earlierOpen' });
    for (let p = year * 100 + 1; p < dec; p = nextPeriod(p)) {
      await inT(async () => { await carryForward(p); await closePeriod(p); });
    }
    await sale(`${year}-12-28`, '100.00', '0', '0');
    const closed = await inT(() => yearEnd(dec));
    expect(closed.status).toBe('closed');
    // Profit of the year: 1000 + 200 + 100 − 600 − 150 − 50 = 500 → 未分配利润.
    expect(await sums('410401', [dec])).toEqual({ debit: 0, credit: 500 });
    const yearPeriods = Array.from({ length: 12 }, (_, i) => year * 100 + i + 1);
    const profit = await sums('4103', yearPeriods);
    expect(profit.debit).toBe(profit.credit);
    for (const code of ['6001', '6401', '6602']) {
      const s = await sums(code, [dec]);
      expect(s.debit).toBe(s.credit);
    }
    const [jan] = await inT(() => tx().select().from(finPeriods).where(eq(finPeriods.period, (year + 1) * 100 + 1)));
    expect(jan?.status).toBe('open');
    const [decRow] = await inT(() => tx().select().from(finPeriods).where(eq(finPeriods.period, dec)));
    expect(decRow?.yearEndVoucherId).not.toBeNull();
    // Nothing is posted into the closed year any more.
    const late = await sale(`${year}-12-31`, '1.00', '0', '0').catch((e: unknown) => toAppError(e));
    expect(late).toMatchObject({ code: 'finance.period.closed', status: 409 });
  });
});
