import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { createTenant, type TestTenant } from '../../../testing/fixtures.ts';
import { inTenant } from '../../../platform/tx/index.ts';
import { trialBalance } from '../application/reports/index.ts';
import { openPeriods, postVoucher, seedChart, type Codes, type TestLine } from './reports-kit.ts';

// Property: whatever balanced vouchers are posted, the trial balance's debit and credit totals are
// equal in every column, and each leaf's closing balance is the sum of its lines up to `to`.

let t: TestContext;
let tenant: TestTenant;
let ids: Codes;
const leaves = ['1001', '100201', '100202', '1122', '1405', '2202', '22210101', '22210102', '4001', '6001', '6401', '660201', '6603'];
const periods = [202601, 202602, 202603, 202604, 202605, 202606];
/** Every posted line so far: [code, period, debit − credit]. */
const posted: [string, number, Decimal][] = [];

beforeAll(async () => {
  t = await createTestApp();
  tenant = await createTenant();
  ids = await seedChart(tenant.id);
  await openPeriods(tenant.id, periods);
});
afterAll(async () => { await t.close(); });

const pair = fc.record({
  debit: fc.constantFrom(...leaves), credit: fc.constantFrom(...leaves), cents: fc.integer({ min: 1, max: 100_000_000 }),
});
const voucher = fc.record({ period: fc.constantFrom(...periods), day: fc.integer({ min: 1, max: 28 }), pairs: fc.array(pair, { minLength: 1, maxLength: 4 }) });

describe('trial balance property', () => {
  it('keeps debits equal to credits and each leaf equal to the sum of its lines', async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(voucher, { minLength: 1, maxLength: 4 }), fc.constantFrom(...periods), fc.constantFrom(...periods),
      async (vouchers, a, b) => {
        for (const v of vouchers) {
          const lines: TestLine[] = v.pairs.flatMap((p) => {
            const amount = new Decimal(p.cents).dividedBy(100).toFixed(2);
            return [{ code: p.debit, debit: amount }, { code: p.credit, credit: amount }];
          });
          const date = `${String(v.period).slice(0, 4)}-${String(v.period).slice(4)}-${String(v.day).padStart(2, '0')}`;
          await postVoucher(tenant.id, ids, date, lines);
          for (const p of v.pairs) {
            const amount = new Decimal(p.cents).dividedBy(100);
            posted.push([p.debit, v.period, amount], [p.credit, v.period, amount.negated()]);
          }
        }
        const [from, to] = a <= b ? [a, b] : [b, a];
        const tb = await inTenant({ tenantId: tenant.id }, () => trialBalance({ from, to }));
        expect(tb.totals.openingDebit).toBe(tb.totals.openingCredit);
        expect(tb.totals.periodDebit).toBe(tb.totals.periodCredit);
        expect(tb.totals.closingDebit).toBe(tb.totals.closingCredit);
        for (const code of leaves) {
          const expected = posted.filter(([c, p]) => c === code && p <= to).reduce((s, [, , n]) => s.plus(n), new Decimal(0));
          const row = tb.rows.find((r) => r.code === code);
          const closing = row ? new Decimal(row.closingDebit).minus(row.closingCredit) : new Decimal(0);
          expect(closing.toFixed(2)).toBe(expected.toFixed(2));
        }
      },
    ), { numRuns: 15 });
  });
});
