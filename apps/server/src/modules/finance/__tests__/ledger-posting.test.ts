import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { createTenant, type TestTenant } from '../../../testing/fixtures.ts';
import { testDbKind } from '../../../testing/test-database.ts';
import { newId } from '../../../platform/db/index.ts';
import { inTenant, tx } from '../../../platform/tx/index.ts';
import { toAppError } from '../../../platform/http/index.ts';
import { documentLinks } from '../../../platform/links/index.ts';
import { setOutboxWriter } from '../../../platform/events/index.ts';
import type { EventEnvelope } from '@triad/contracts';
import { accountByCode, createSubAccount, ensureFinanceSetup, postDocument, reverseDocumentPosting } from '../application/ledger/index.ts';
import { finAccountBalances, finAccounts, finPostingRules, finVouchers } from '../infra/finance.tables.ts';
import { periodOfNow, todayIso } from '../domain/ledger/periods.ts';

// The posting API other modules call: rules, idempotency, reversal, concurrency.

let t: TestContext;
let tenant: TestTenant;
const inT = <T>(fn: () => Promise<T>) => inTenant({ tenantId: tenant.id }, fn);
const today = todayIso();
const partnerId = newId();
const events: EventEnvelope[] = [];

async function errorOf(p: Promise<unknown>) {
  try { await p; } catch (e) { return toAppError(e); }
  throw new Error('expected a failure');
}

async function balanceOf(code: string) {
  return inT(async () => {
    const acc = await accountByCode(code);
    const rows = await tx().select().from(finAccountBalances).where(eq(finAccountBalances.accountId, acc!.id));
    return rows.reduce((s, r) => ({ debit: s.debit + Number(r.debit), credit: s.credit + Number(r.credit) }), { debit: 0, credit: 0 });
  });
}

beforeAll(async () => {
  t = await createTestApp();
  tenant = await createTenant();
  await inT(() => ensureFinanceSetup());
  setOutboxWriter(async (_tx, pending) => { events.push(...pending.events); });
});
afterAll(async () => { await t.close(); });

const purchase = (id: string, amount = '113.00', extra: { itemCategory?: string } = {}) => ({
  source: { type: 'supplierBill', id, number: `SB-${id.slice(0, 6)}` },
  date: today,
  summary: '采购入库',
  lines: [
    { role: 'inventory', side: 'debit' as const, amount: '100.00', ...extra },
    { role: 'vatInput', side: 'debit' as const, amount: '13.00', taxRate: '0.13' },
    { role: 'payable', side: 'credit' as const, amount, partnerId },
    { role: 'cogs', side: 'debit' as const, amount: '0' },
  ],
});

describe('finance setup', () => {
  it('seeds the chart, settings, rules and the open periods of this year, idempotently', async () => {
    await inT(() => ensureFinanceSetup());
    const counts = await inT(async () => ({
      accounts: (await tx().select().from(finAccounts)).length,
      rules: (await tx().select().from(finPostingRules)).length,
    }));
    expect(counts.accounts).toBeGreaterThan(70);
    expect(counts.rules).toBe(18);
    const tax = await inT(() => accountByCode('2221'));
    expect(tax?.isLeaf).toBe(false);
    expect((await inT(() => accountByCode('22210101')))?.name).toBe('进项税额');
  });
});

describe('postDocument', () => {
  it('posts by the rules, links the source and is idempotent per source', async () => {
    const id = newId();
    const first = await inT(() => postDocument(purchase(id)));
    expect(first.created).toBe(true);
    expect(first.number).toMatch(/^转-\d{4}$/);
    const again = await inT(() => postDocument(purchase(id)));
    expect(again).toEqual({ voucherId: first.voucherId, number: first.number, created: false });
    const [v] = await inT(() => tx().select().from(finVouchers).where(eq(finVouchers.id, first.voucherId)));
    expect(v).toMatchObject({ status: 'posted', totalDebit: '113.00', period: periodOfNow(), sourceType: 'supplierBill' });
    const links = await inT(() => tx().select().from(documentLinks).where(eq(documentLinks.toId, first.voucherId)));
    expect(links[0]).toMatchObject({ fromType: 'supplierBill', fromId: id, relation: 'posts' });
    const posted = events.filter((e) => e.type === 'finance.voucher.posted' && (e.payload as { voucherId: string }).voucherId === first.voucherId);
    expect(posted.map((e) => e.payload)).toEqual([{ voucherId: first.voucherId, number: first.number, period: periodOfNow(), sourceType: 'supplierBill', sourceId: id }]);
  });

  it('picks the most specific rule (item category) and refuses a role without a rule', async () => {
    const before = await balanceOf('1403');
    await inT(() => postDocument(purchase(newId(), '113.00', { itemCategory: 'material' })));
    expect((await balanceOf('1403')).debit - before.debit).toBe(100);
    const e = await errorOf(inT(() => postDocument({ ...purchase(newId()), lines: [{ role: 'nothing', side: 'debit', amount: '1' }, { role: 'payable', side: 'credit', amount: '1', partnerId }] })));
    expect(e.code).toBe('finance.posting.noRule');
    expect(e.details).toMatchObject({ role: 'nothing' });
  });

  it('refuses unbalanced postings and missing dimensions before the database', async () => {
    const e = await errorOf(inT(() => postDocument(purchase(newId(), '112.00'))));
    expect(e.code).toBe('finance.voucher.unbalanced');
    const p = purchase(newId());
    p.lines[2] = { role: 'payable', side: 'credit', amount: '113.00', partnerId: undefined as unknown as string };
    const missing = await errorOf(inT(() => postDocument(p)));
    expect(missing.code).toBe('finance.voucher.invalidLines');
    expect(missing.details).toMatchObject({ issues: [{ line: 3, reason: 'missingDimension:partner', accountCode: '2202' }] });
  });

  it('refuses a malformed source or date with finance.posting.invalid', async () => {
    for (const bad of [{ source: { type: 'bad type', id: 'x', number: 'n' } }, { source: { type: 'ok', id: 'a/b', number: 'n' } }, { date: '2026-02-30' }, { date: 'tomorrow' }]) {
      const e = await errorOf(inT(() => postDocument({ ...purchase(newId()), ...bad })));
      expect(e).toMatchObject({ code: 'finance.posting.invalid', status: 400 });
    }
    expect((await errorOf(inT(() => postDocument({ ...purchase(newId()), lines: [{ role: 'bank', side: 'debit', amount: 'x' }] })))).code).toBe('finance.posting.invalid');
  });

  it('reverses a document posting with red ink and nets the balances to zero', async () => {
    const id = newId();
    const before = await balanceOf('2202');
    await inT(() => postDocument(purchase(id)));
    const rev = await inT(() => reverseDocumentPosting({ type: 'supplierBill', id }));
    expect(rev).not.toBeNull();
    expect(events.some((e) => e.type === 'finance.voucher.reversed' && (e.payload as { reversalId: string }).reversalId === rev!.voucherId)).toBe(true);
    const chain = await inT(() => tx().select().from(documentLinks).where(eq(documentLinks.toId, rev!.voucherId)));
    expect(chain[0]).toMatchObject({ fromType: 'voucher', toType: 'voucher', relation: 'reverses' });
    const after = await balanceOf('2202');
    expect(after.credit - before.credit).toBe(0);
    expect(await inT(() => reverseDocumentPosting({ type: 'supplierBill', id }))).toEqual(rev);
    expect(await inT(() => reverseDocumentPosting({ type: 'supplierBill', id: newId() }))).toBeNull();
  });

  it('creates sub-accounts with the next code and refuses a leaf that has entries', async () => {
    const bank = await inT(() => createSubAccount('1002', '工商银行'));
    expect(bank.code).toBe('100201');
    expect((await inT(() => createSubAccount('1002', '建设银行'))).code).toBe('100202');
    expect((await inT(() => accountByCode('1002')))?.isLeaf).toBe(false);
    const e = await errorOf(inT(() => createSubAccount('2202', '子科目')));
    expect(e.code).toBe('finance.account.hasEntries');
  });
});

describe.skipIf(testDbKind !== 'postgres')('concurrent postings (PostgreSQL)', () => {
  it('20 parallel postings on one bank account add up without deadlocks', async () => {
    const bank = await inT(() => accountByCode('100201'));
    const before = await balanceOf('100201');
    await Promise.all(Array.from({ length: 20 }, (_, i) => inT(() => postDocument({
      source: { type: 'receipt', id: newId(), number: `R-${i}` }, date: today, word: (['ji', 'shou', 'fu', 'zhuan'] as const)[i % 4], summary: '收款',
      lines: [{ role: 'bank', side: 'debit', amount: '10.01', accountId: bank!.id }, { role: 'receivable', side: 'credit', amount: '10.01', partnerId }],
    }))));
    const after = await balanceOf('100201');
    expect(Math.round((after.debit - before.debit) * 100)).toBe(20 * 1001);
  });

  it('the same source posted concurrently gives exactly one voucher', async () => {
    const id = newId();
    const results = await Promise.all(Array.from({ length: 6 }, () => inT(() => postDocument(purchase(id)))));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.voucherId)).size).toBe(1);
    const rows = await inT(() => tx().select().from(finVouchers).where(eq(finVouchers.sourceId, id)));
    expect(rows).toHaveLength(1);
  });
});
