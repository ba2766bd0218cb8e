import { describe, expect, it } from 'vitest';
import { snap } from './support/browser.ts';
import { demoCompanyInBrowser } from './support/session.ts';
import { choose, settled } from './support/antd.ts';

// 王芳 (会计) enters a supplier bill and a payment request, 李娜 (财务经理, head of 财务部) approves it,
// 赵敏 (出纳) pays it; the bill ends settled and the supplier leaves the aging report.
const password = 'E2e-Finance-Passw0rd';
const supplierName = '苏州精工零部件有限公司';
const demo = demoCompanyInBrowser(password);

/** GB 32100-2015 check character, so the test can type a valid 统一社会信用代码. */
function withCheckChar(first17: string): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += alphabet.indexOf(first17[i] ?? '0') * ((3 ** i) % 31);
  return first17 + alphabet[(31 - (sum % 31)) % 31];
}

describe('supplier bill paid through approval in a real browser', () => {
  it('goes from 应付单 to 付款申请, approval, payment, settled bill and an empty aging row', async () => {
    const accountant = await demo.signedIn('wang.fang', { width: 1440, height: 900 });

    // A bank account to pay from (the demo data may already have one; a second does no harm).
    await accountant.goto(`${demo.baseUrl}/finance/cash-accounts`);
    await accountant.getByTestId('cash-account-create').click();
    await accountant.getByTestId('cash-account-name').fill('中信银行园区支行专户');
    await accountant.getByTestId('cash-account-bank').fill('中信银行苏州园区支行');
    await accountant.getByTestId('cash-account-no').fill('512908765410001');
    await accountant.getByTestId('drawer-submit').click();
    await accountant.getByText('中信银行园区支行专户').first().waitFor();
    await accountant.getByTestId('cash-account-form').waitFor({ state: 'detached' });
    await settled(accountant);
    await snap(accountant, 'finance-cash-01-cash-accounts');

    // The supplier: a wrong check character is refused with the server's message under the field.
    await accountant.goto(`${demo.baseUrl}/partners`);
    await accountant.getByTestId('partner-create').click();
    await accountant.getByTestId('partner-code').fill('SUP-E2E-01');
    await accountant.getByTestId('partner-name').fill(supplierName);
    const valid = withCheckChar('91320500MA1N8E2K0');
    const wrong = valid.slice(0, 17) + (valid.endsWith('1') ? '2' : '1');
    await accountant.getByTestId('partner-credit-code').fill(wrong);
    await accountant.getByTestId('partner-contact').fill('周建国');
    await accountant.getByTestId('partner-phone').fill('0512-66881234');
    await accountant.getByTestId('drawer-submit').click();
    await accountant.getByTestId('partner-form').locator('.ant-form-item-explain-error', { hasText: '统一社会信用代码无效' }).waitFor();
    await snap(accountant, 'finance-cash-02-partner-invalid-credit-code');
    await accountant.getByTestId('partner-credit-code').fill(valid);
    await accountant.getByTestId('drawer-submit').click();
    await accountant.getByTestId('partner-row-SUP-E2E-01').waitFor();
    await accountant.getByTestId('partner-form').waitFor({ state: 'detached' });
    await settled(accountant);
    await snap(accountant, 'finance-cash-03-partners');

    // 应付单 of 11,300.00 tax-inclusive at 13%: 10,000.00 net + 1,300.00 VAT.
    await accountant.goto(`${demo.baseUrl}/finance/invoices/new?kind=payable`);
    await choose(accountant, accountant.getByTestId('invoice-partner'), supplierName, true);
    await accountant.getByTestId('invoice-summary').fill('11月精密轴承采购');
    await accountant.getByTestId('invoice-line-0-description').fill('精密轴承 6204-2RS');
    await choose(accountant, accountant.getByTestId('invoice-line-0-account'), '1403 原材料', true);
    await accountant.getByTestId('invoice-line-0-quantity').fill('100');
    await accountant.getByTestId('invoice-line-0-price').fill('113');
    await expect.poll(() => accountant.getByTestId('invoice-total-gross').textContent()).toBe('11,300.00');
    expect(await accountant.getByTestId('invoice-total-net').textContent()).toBe('10,000.00');
    expect(await accountant.getByTestId('invoice-total-tax').textContent()).toBe('1,300.00');
    await settled(accountant);
    await snap(accountant, 'finance-cash-04-invoice-form');
    await accountant.getByTestId('invoice-save').click();
    await accountant.getByTestId('invoice-page').waitFor();
    const invoiceUrl = accountant.url();
    expect(await accountant.getByTestId('invoice-open').textContent()).toBe('11,300.00');
    await settled(accountant);
    await snap(accountant, 'finance-cash-05-invoice');

    // Before payment the bill is open and ages in the 0–30 day bucket; the row drills down to it.
    await accountant.goto(`${demo.baseUrl}/finance/aging?kind=payable`);
    await accountant.getByTestId(`aging-row-${supplierName}`).waitFor();
    await settled(accountant);
    await snap(accountant, 'finance-cash-05b-aging-before');
    await accountant.getByTestId(`aging-row-${supplierName}`).click();
    await accountant.getByTestId(/^open-item-row-YF-/).first().waitFor();
    await settled(accountant);
    await snap(accountant, 'finance-cash-05c-open-items');
    await accountant.goto(invoiceUrl);

    // 付款申请 from the bill: the supplier's open items are proposed in full, oldest first.
    await accountant.getByTestId('invoice-settle').click();
    await accountant.getByTestId('payment-form-page').waitFor();
    await accountant.getByTestId('payment-allocations').getByText('11,300.00').first().waitFor();
    await expect.poll(() => accountant.getByTestId('payment-allocated').textContent()).toBe('11,300.00');
    await expect.poll(() => accountant.getByTestId('payment-amount').inputValue()).toMatch(/^11,?300(\.00)?$/);
    // Paid from the demo company's main account (the new one has no money yet).
    await choose(accountant, accountant.getByTestId('payment-cash-account'), '招商银行基本户');
    await accountant.getByTestId('payment-summary').fill('支付苏州精工11月轴承货款');
    await settled(accountant);
    await snap(accountant, 'finance-cash-06-payment-form');
    await accountant.getByTestId('payment-save-submit').click();
    await accountant.getByTestId('payment-page').waitFor();
    await expect.poll(() => accountant.getByTestId('payment-status').textContent()).toContain('审批中');
    const paymentUrl = accountant.url();
    await settled(accountant);
    await snap(accountant, 'finance-cash-07-payment-pending');

    // 李娜 approves every step routed to her (she is both the department head and 财务负责人).
    const manager = await demo.signedIn('li.na', { width: 1440, height: 900 });
    for (let round = 0; round < 3; round++) {
      await manager.goto(paymentUrl);
      await manager.getByTestId('payment-page').waitFor();
      const status = (await manager.getByTestId('payment-status').textContent()) ?? '';
      if (!status.includes('审批中')) break;
      await manager.getByTestId('payment-approval-link').click();
      await manager.getByTestId('approval-instance').waitFor();
      const approve = manager.getByTestId('approval-action-approve');
      if (!(await approve.isVisible())) break;
      if (round === 0) { await settled(manager); await snap(manager, 'finance-cash-08-approval'); }
      await approve.click();
      await manager.getByTestId('approval-action-opinion').fill('同意付款');
      await manager.getByTestId('approval-action-confirm').click();
      await approve.waitFor({ state: 'detached' });
    }

    // 赵敏 pays it from the bank account.
    const cashier = await demo.signedIn('zhao.min', { width: 1440, height: 900 });
    await cashier.goto(paymentUrl);
    await expect.poll(async () => {
      await cashier.reload();
      await cashier.getByTestId('payment-page').waitFor();
      return cashier.getByTestId('payment-status').textContent();
    }, { timeout: 30_000 }).toContain('已批准');
    await cashier.getByTestId('payment-execute').click();
    await cashier.getByTestId('payment-execute-confirm').click();
    await expect.poll(() => cashier.getByTestId('payment-status').textContent()).toContain('已执行');
    await cashier.getByTestId('payment-voucher').waitFor();
    await settled(cashier);
    await snap(cashier, 'finance-cash-09-payment-executed');

    // The bill is settled, and the supplier no longer appears in the payable aging.
    await cashier.goto(invoiceUrl);
    await expect.poll(() => cashier.getByTestId('invoice-status').textContent()).toContain('已核销');
    expect(await cashier.getByTestId('invoice-open').textContent()).toBe('0.00');
    await settled(cashier);
    await snap(cashier, 'finance-cash-10-invoice-settled');
    await cashier.goto(`${demo.baseUrl}/finance/aging?kind=payable`);
    await cashier.getByTestId('aging-page').locator('.ant-table').waitFor();
    await settled(cashier);
    await expect.poll(() => cashier.getByTestId(`aging-row-${supplierName}`).count()).toBe(0);
    await snap(cashier, 'finance-cash-11-aging');

    // The other pages open without errors; screenshots for a person to look at.
    await cashier.goto(`${demo.baseUrl}/finance/open-items?kind=payable`);
    await cashier.getByTestId('list-finOpenItems').waitFor();
    await settled(cashier);
    await snap(cashier, 'finance-cash-12-open-items');
    await cashier.goto(`${demo.baseUrl}/finance/statements?kind=payable`);
    await choose(cashier, cashier.getByTestId('statement-partner'), supplierName, true);
    await cashier.getByTestId('statement-closing').waitFor();
    expect(await cashier.getByTestId('statement-closing').textContent()).toBe('0.00');
    await settled(cashier);
    await snap(cashier, 'finance-cash-13-statement');
    // The browser's print stylesheet keeps only the statement sheet.
    await cashier.emulateMedia({ media: 'print' });
    expect(await cashier.getByTestId('statement-print').isVisible()).toBe(false);
    await snap(cashier, 'finance-cash-13b-statement-print');
    await cashier.emulateMedia({ media: 'screen' });
    await cashier.goto(`${demo.baseUrl}/finance/journals`);
    await choose(cashier, cashier.getByTestId('journal-account'), '招商银行基本户');
    await cashier.getByTestId('journal-closing').waitFor();
    await cashier.getByTestId('journals-page').getByText('支付苏州精工11月轴承货款').waitFor();
    await settled(cashier);
    await snap(cashier, 'finance-cash-14-journal');
    await cashier.goto(`${demo.baseUrl}/finance/payments?direction=out`);
    await cashier.getByTestId('list-finPayments').waitFor();
    await settled(cashier);
    await snap(cashier, 'finance-cash-15-payments');
    await cashier.goto(`${demo.baseUrl}/finance/invoices?kind=payable`);
    await cashier.getByTestId('list-finInvoices').waitFor();
    await settled(cashier);
    await snap(cashier, 'finance-cash-16-invoices');

    await manager.goto(`${demo.baseUrl}/finance/cash-flow`);
    await manager.getByTestId('cash-flow-net').waitFor();
    await settled(manager);
    await snap(manager, 'finance-cash-17-cash-flow');
    await manager.goto(`${demo.baseUrl}/finance/forecast`);
    await manager.getByTestId('forecast-chart').waitFor();
    await settled(manager);
    await snap(manager, 'finance-cash-18-forecast');
  });

  it('collects a receivable: 应收单 for a customer, 收款 confirmed by the cashier without approval', async () => {
    const accountant = await demo.signedIn('wang.fang', { width: 1440, height: 900 });
    // Cash on hand: a 库存现金 account (its ledger sub-account goes under 1001).
    await accountant.goto(`${demo.baseUrl}/finance/cash-accounts`);
    await accountant.getByTestId('cash-account-create').click();
    await accountant.getByTestId('cash-account-form').getByText('库存现金').click();
    await accountant.getByTestId('cash-account-name').fill('财务部备用金');
    await accountant.getByTestId('drawer-submit').click();
    await accountant.getByTestId('cash-account-form').waitFor({ state: 'detached' });
    await accountant.getByText('财务部备用金').first().waitFor();

    await accountant.goto(`${demo.baseUrl}/partners`);
    await accountant.getByTestId('partner-create').click();
    await accountant.getByTestId('partner-code').fill('CUS-E2E-01');
    await accountant.getByTestId('partner-name').fill('杭州云帆贸易有限公司');
    await accountant.getByTestId('partner-is-supplier').click();
    await accountant.getByTestId('partner-is-customer').click();
    await accountant.getByTestId('drawer-submit').click();
    await accountant.getByTestId('partner-row-CUS-E2E-01').waitFor();

    // Two service lines at 6%, priced without tax: 5,000.00 + 300.00 VAT and 1,234.56 + 74.07 VAT.
    await accountant.goto(`${demo.baseUrl}/finance/invoices/new?kind=receivable`);
    await choose(accountant, accountant.getByTestId('invoice-partner'), '杭州云帆贸易有限公司', true);
    await accountant.getByTestId('invoice-tax-inclusive').click();
    await accountant.getByTestId('invoice-line-0-description').fill('系统实施服务');
    await choose(accountant, accountant.getByTestId('invoice-line-0-account'), '6001 主营业务收入', true);
    await accountant.getByTestId('invoice-line-0-price').fill('5000');
    await choose(accountant, accountant.getByTestId('invoice-line-0-taxRate'), '6%');
    await accountant.getByTestId('invoice-add-line').click();
    await accountant.getByTestId('invoice-line-1-description').fill('运维支持（2026年12月）');
    await choose(accountant, accountant.getByTestId('invoice-line-1-account'), '6051 其他业务收入', true);
    await accountant.getByTestId('invoice-line-1-quantity').fill('1.5');
    await accountant.getByTestId('invoice-line-1-price').fill('823.04');
    await choose(accountant, accountant.getByTestId('invoice-line-1-taxRate'), '6%');
    await expect.poll(() => accountant.getByTestId('invoice-total-gross').textContent()).toBe('6,608.63');
    expect(await accountant.getByTestId('invoice-total-tax').textContent()).toBe('374.07');
    await settled(accountant);
    await snap(accountant, 'finance-cash-20-receivable-form');
    await accountant.getByTestId('invoice-save').click();
    await accountant.getByTestId('invoice-page').waitFor();
    expect(await accountant.getByTestId('invoice-gross').textContent()).toBe('6,608.63');

    // A partial receipt: 5,000.00 of 6,608.63, into the bank account.
    await accountant.getByTestId('invoice-settle').click();
    await accountant.getByTestId('payment-allocations').getByText('6,608.63').first().waitFor();
    await accountant.getByTestId('payment-amount').fill('5000');
    await accountant.getByTestId('payment-auto-allocate').click();
    await expect.poll(() => accountant.getByTestId('payment-allocated').textContent()).toBe('5,000.00');
    await choose(accountant, accountant.getByTestId('payment-cash-account'), '财务部备用金');
    await accountant.getByTestId('payment-summary').fill('收杭州云帆实施服务款（首期）');
    await settled(accountant);
    await snap(accountant, 'finance-cash-21-receipt-form');
    await accountant.getByTestId('payment-save').click();
    await accountant.getByTestId('payment-page').waitFor();
    const receiptUrl = accountant.url();

    const cashier = await demo.signedIn('zhao.min', { width: 1440, height: 900 });
    await cashier.goto(receiptUrl);
    await cashier.getByTestId('payment-execute').click();
    await cashier.getByTestId('payment-execute-confirm').click();
    await expect.poll(() => cashier.getByTestId('payment-status').textContent()).toContain('已执行');
    await cashier.goto(`${demo.baseUrl}/finance/aging?kind=receivable`);
    await cashier.getByTestId('aging-row-杭州云帆贸易有限公司').waitFor();
    expect(await cashier.getByTestId('aging-row-杭州云帆贸易有限公司').textContent()).toContain('1,608.63');
    await settled(cashier);
    await snap(cashier, 'finance-cash-22-receivable-aging');

    // The same page in English and at phone width.
    const mobile = await demo.signedIn('zhao.min', { width: 390, height: 844, locale: 'en-US' });
    await mobile.getByTestId('language-switch').click();
    await mobile.getByTestId('language-en-US').click();
    await mobile.goto(receiptUrl);
    await mobile.getByTestId('payment-page').waitFor();
    await expect.poll(() => mobile.getByTestId('payment-status').textContent()).toBe('Executed');
    await settled(mobile);
    await snap(mobile, 'finance-cash-23-receipt-phone');
    await mobile.goto(`${demo.baseUrl}/finance/invoices?kind=receivable`);
    await mobile.getByTestId('list-finInvoices').waitFor();
    await settled(mobile);
    await snap(mobile, 'finance-cash-24-invoices-phone');

    // A bill entered by mistake is cancelled: its voucher is reversed in red ink.
    await accountant.goto(`${demo.baseUrl}/finance/invoices/new?kind=receivable`);
    await choose(accountant, accountant.getByTestId('invoice-partner'), '杭州云帆贸易有限公司', true);
    await accountant.getByTestId('invoice-line-0-description').fill('重复录入');
    await choose(accountant, accountant.getByTestId('invoice-line-0-account'), '6001 主营业务收入', true);
    await accountant.getByTestId('invoice-line-0-price').fill('100');
    await accountant.getByTestId('invoice-save').click();
    await accountant.getByTestId('invoice-page').waitFor();
    await accountant.getByTestId('invoice-cancel').click();
    await accountant.locator('.ant-popconfirm .ant-btn-primary').click();
    await expect.poll(() => accountant.getByTestId('invoice-status').textContent()).toBe('已作废');
    await expect.poll(() => accountant.getByTestId('chain-node').count()).toBeGreaterThanOrEqual(3);
    await settled(accountant);
    await snap(accountant, 'finance-cash-25-invoice-cancelled');
  });
});
