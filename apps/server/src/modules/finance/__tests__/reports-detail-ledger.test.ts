import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { createTenant, type TestTenant } from '../../../testing/fixtures.ts';
import { inTenant } from '../../../platform/tx/index.ts';
import { detailLedger, detailLedgerRowCap } from '../application/reports/index.ts';
import { openPeriods, postVoucher, seedChart, type Codes, type TestLine } from './reports-kit.ts';

// A detail ledger longer than the row cap: the rows stop at the cap, the totals and the closing
// balance still cover the whole range.

let t: TestContext;
let tenant: TestTenant;
let ids: Codes;

beforeAll(async () => {
  t = await createTestApp();
  tenant = await createTenant();
  ids = await seedChart(tenant.id);
  await openPeriods(tenant.id, [202605]);
  for (const day of ['2026-05-10', '2026-05-20']) {
    const receipts: TestLine[] = Array.from({ length: 2600 }, () => ({ code: '1001', debit: '1.00' }));
    await postVoucher(tenant.id, ids, day, [...receipts, { code: '6001', credit: '2600.00' }]);
  }
});
afterAll(async () => { await t.close(); });

describe('detail ledger row cap', () => {
  it('truncates the rows but not the totals', async () => {
    const ledger = await inTenant({ tenantId: tenant.id }, () => detailLedger({ accountId: ids['1001']!, from: 202605, to: 202605 }));
    expect(ledger.rows.length).toBe(detailLedgerRowCap);
    expect(ledger.truncated).toBe(true);
    expect(ledger.rows.at(-1)).toMatchObject({ direction: 'debit', balance: `${detailLedgerRowCap}.00` });
    expect(ledger.totals).toEqual({ debit: '5200.00', credit: '0.00' });
    expect(ledger.closing).toEqual({ direction: 'debit', balance: '5200.00' });
  });
});
