import { eq } from 'drizzle-orm';
import type { CreateInvoiceRequest, VoucherInput } from '@triad/contracts';
import { newId } from '../platform/db/index.ts';
import { actor, tx, unitOfWork } from '../platform/tx/index.ts';
import { creditCodeCheckChar, partners } from '../modules/partners/index.ts';
import { accountByCode } from '../modules/finance/index.ts';
import { createInvoice } from '../modules/finance/application/arap/create-invoice.ts';
import { createCashAccount } from '../modules/finance/application/cash/cash-accounts.ts';
import { createPayment } from '../modules/finance/application/cash/create-payment.ts';
import { executePayment } from '../modules/finance/application/cash/execute-payment.ts';
import { saveBudget } from '../modules/finance/application/budget/budgets.ts';
import { createManualVoucher, postManualVoucher } from '../modules/finance/application/ledger/manual-vouchers.ts';
import { closePeriod, yearEnd } from '../modules/finance/application/ledger/periods.ts';
import { carryForward } from '../modules/finance/application/ledger/closing.ts';
import { insertOpenPeriods, openPeriodsBefore } from '../modules/finance/infra/ledger/periods.repository.ts';
import { isDecember, nextPeriod, periodOfNow, periodsBetween, previousPeriod } from '../modules/finance/domain/ledger/periods.ts';
import { finPayments } from '../modules/finance/infra/finance.tables.ts';
import { demoBudgets, demoCashAccounts, demoFinanceEvents, demoPartners, type DemoEvent } from './demo-finance.data.ts';

/**
 * The demo company's books (see demo-finance.data.ts), written through the finance use cases so
 * every voucher, open item and settlement is exactly what the application would have produced.
 * Runs inside the company's seeding transaction after ensureFinanceSetup().
 */
export async function seedDemoFinance(refs: DemoRefs, now = new Date()): Promise<void> {
  const { departmentOf } = refs;
  const { tenantId } = actor();
  // The books show who did what: 王芳 (会计) enters, 李娜 (财务经理) posts and closes, 赵敏 (出纳) pays.
  const accountant = refs.userOf('wang.fang');
  const manager = refs.userOf('li.na');
  const cashier = refs.userOf('zhao.min');
  const thisPeriod = periodOfNow(now);
  const periodOf = (month: number): number => {
    let p = thisPeriod;
    for (let i = 0; i > month; i--) p = previousPeriod(p);
    return p;
  };
  const dateOf = (month: number, day: number): string => {
    const p = periodOf(month);
    // This month's events never lie in the future.
    const d = month === 0 ? Math.min(day, now.getUTCDate()) : day;
    return `${Math.floor(p / 100)}-${String(p % 100).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  };
  await insertOpenPeriods(periodsBetween(periodOf(-2), thisPeriod));

  const partnerIds = new Map<string, string>();
  await tx().insert(partners).values(demoPartners.map((p) => {
    const id = newId();
    partnerIds.set(p.code, id);
    return {
      id, tenantId, code: p.code, name: p.name, isCustomer: p.customer, isSupplier: p.supplier,
      creditCode: p.creditBase + creditCodeCheckChar(p.creditBase), paymentTermDays: p.terms,
      contactName: p.contact, phone: p.phone, address: p.address,
    };
  }));
  const partnerOf = (code: string): string => must(partnerIds.get(code), `partner ${code}`);

  const cashIds = new Map<string, { id: string; ledgerAccountId: string }>();
  for (const c of demoCashAccounts) {
    const created = await createCashAccount({ name: c.name, kind: c.kind, bankName: c.bankName, accountNo: c.accountNo });
    cashIds.set(c.key, { id: created.id, ledgerAccountId: created.ledgerAccountId });
  }
  const accountIds = new Map<string, string>();
  const accountOf = async (code: string): Promise<string> => {
    const [base, cashKey] = code.split('.');
    if (cashKey) return must(cashIds.get(cashKey), `cash account ${cashKey}`).ledgerAccountId;
    if (!accountIds.has(code)) accountIds.set(code, must(await accountByCode(must(base, code)), `account ${code}`).id);
    return accountIds.get(code) as string;
  };

  const invoices = new Map<string, string>();
  for (const event of demoFinanceEvents) await apply(event);

  for (const b of demoBudgets) {
    await saveBudget({
      year: Math.floor(thisPeriod / 100), departmentId: departmentOf(b.department), accountId: await accountOf(b.account),
      months: Array.from({ length: 12 }, () => b.monthly),
    });
  }

  async function apply(event: DemoEvent): Promise<void> {
    switch (event.kind) {
      case 'voucher': {
        const lines: VoucherInput['lines'] = [];
        for (const l of event.lines) {
          lines.push({
            summary: event.summary, accountId: await accountOf(l.account), debit: l.debit ?? '0', credit: l.credit ?? '0',
            departmentId: l.department ? departmentOf(l.department) : null, partnerId: l.partner ? partnerOf(l.partner) : null,
            cashFlowCategory: (l.cashFlow ?? null) as never,
          });
        }
        const voucher = await actingAs(accountant, () => createManualVoucher({ word: event.word, voucherDate: dateOf(event.month, event.day), summary: event.summary, lines }));
        if (event.post) await actingAs(manager, () => postManualVoucher(voucher.id));
        return;
      }
      case 'invoice': {
        const lines: CreateInvoiceRequest['lines'] = [];
        for (const l of event.lines) {
          lines.push({
            description: l.description, accountId: await accountOf(l.account), quantity: l.quantity, price: l.price,
            taxRate: l.taxRate as '0.13', departmentId: l.department ? departmentOf(l.department) : null,
          });
        }
        const invoice = await actingAs(accountant, () => createInvoice({
          kind: event.type, partnerId: partnerOf(event.partner), documentDate: dateOf(event.month, event.day),
          taxInclusive: true, summary: event.summary, lines,
        }));
        invoices.set(event.key, must(invoice.openItemId ?? undefined, `open item of ${event.key}`));
        return;
      }
      case 'payment': {
        const cash = must(cashIds.get(event.cash), `cash account ${event.cash}`);
        const payment = await actingAs(accountant, () => createPayment({
          direction: event.direction, partnerId: partnerOf(event.partner), cashAccountId: cash.id, amount: event.amount,
          paymentDate: dateOf(event.month, event.day), category: event.category as never, summary: event.summary,
          allocations: event.settle.map((s) => ({ openItemId: must(invoices.get(s.invoice), `invoice ${s.invoice}`), amount: s.amount })),
        }));
        // Historical payments of the demo were approved before the books start; only execution is replayed.
        if (event.direction === 'out') await tx().update(finPayments).set({ status: 'approved' }).where(eq(finPayments.id, payment.id));
        await actingAs(cashier, () => executePayment(payment.id, {}));
        return;
      }
      case 'close': {
        const target = periodOf(event.month);
        for (const p of [...await openPeriodsBefore(nextPeriod(target))].sort((a, b) => a - b)) {
          await actingAs(manager, async () => {
            if (isDecember(p)) { await yearEnd(p); return; }
            await carryForward(p);
            await closePeriod(p);
          });
        }
        return;
      }
    }
  }
}

export interface DemoRefs {
  departmentOf: (code: string) => string;
  userOf: (username: string) => string;
}

/**
 * Runs `fn` as this demo user inside the seeding transaction, so created-by, posted-by, executed-by
 * and the audit log name the person who would have done it. Seeding only: a real command's actor
 * comes from its session.
 */
async function actingAs<T>(userId: string, fn: () => Promise<T>): Promise<T> {
  const acting = unitOfWork().actor;
  const previous = acting.userId;
  acting.userId = userId;
  try {
    return await fn();
  } finally {
    acting.userId = previous;
  }
}

function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`demo finance data: unknown ${what}`);
  return value;
}
