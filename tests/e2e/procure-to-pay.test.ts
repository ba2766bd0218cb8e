import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { snap } from './support/browser.ts';
import { demoCompanyInBrowser } from './support/session.ts';
import { choose, settled } from './support/antd.ts';

// Loop 1 in a real browser. 郭鹏 (工程师, 技术部) asks for 200 STM32 chips; his head 胡波 and the
// finance head 李娜 approve in OA; the approved request becomes a purchase order with the item's
// default supplier 深圳市鑫达电子 (buyer 陈静 sees it); 杨磊 (仓库) receives it in two deliveries;
// 郭鹏 is told the goods arrived; 王芳 enters the supplier's bill (three-way match), 李娜 approves
// the payment request and 赵敏 (出纳) pays it; the request ends 已付款 with every document chained.
const password = 'E2e-Procure-Passw0rd';
const supplier = '深圳市鑫达电子有限公司';
const demo = demoCompanyInBrowser(password);

/**
 * Opens the newest notification that mentions `text` from the bell, as a person would. The bell
 * learns of new messages by a live push; a page that missed it is reloaded and its count re-read.
 */
async function openFromBell(page: Page, text: string): Promise<void> {
  const bell = page.getByTestId('notification-bell');
  await expect.poll(async () => {
    if (Number(await bell.getAttribute('data-unread')) > 0) return true;
    await Promise.all([page.waitForResponse((r) => r.url().includes('/api/v1/notifications/unread-count')), page.reload()]);
    return expect.poll(() => bell.getAttribute('data-unread'), { timeout: 3_000 }).not.toBe('0').then(() => true, () => false);
  }, { timeout: 30_000 }).toBe(true);
  await bell.click();
  await page.getByTestId('notification-item').filter({ hasText: text }).first().click();
}

async function approve(page: Page, opinion: string): Promise<void> {
  await page.getByTestId('approval-instance').waitFor();
  await page.getByTestId('approval-action-approve').click();
  await page.getByTestId('approval-action-opinion').fill(opinion);
  await page.getByTestId('approval-action-confirm').click();
  await page.getByTestId('approval-action-approve').waitFor({ state: 'detached' });
}

/** The request's status tag, re-read until the (after-commit) event handlers have caught up. */
async function requestStatusBecomes(page: Page, url: string, status: string): Promise<void> {
  await expect.poll(async () => {
    await page.goto(url);
    await page.getByTestId('request-page').waitFor();
    return page.getByTestId('request-status').textContent();
  }, { timeout: 30_000 }).toBe(status);
}

/** Receives `quantity` of the order's first line as 杨磊 and returns the receipt number. */
async function receive(page: Page, orderUrl: string, quantity: string, shot: string): Promise<string> {
  await page.goto(orderUrl);
  await page.getByTestId('order-receive').click();
  await page.getByTestId('receipt-form-page').waitFor();
  const input = page.getByTestId('receipt-line-0-quantity');
  await input.waitFor();
  await input.fill(quantity);
  await settled(page);
  await snap(page, `${shot}-form`);
  await page.getByTestId('receipt-save').click();
  await page.getByTestId('receipt-page').waitFor();
  await page.getByTestId('receipt-voucher').waitFor();
  await settled(page);
  await snap(page, shot);
  return (await page.getByTestId('receipt-number').textContent()) ?? '';
}

describe('procure to pay in a real browser', () => {
  it('goes from an employee\'s purchase request through approval, order, receipt, bill and payment to 已付款', async () => {
    // 1. 郭鹏 asks for the chips; he sees no costs, so he types his own estimate.
    const employee = await demo.signedIn('guo.peng', { width: 1440, height: 900 });
    await employee.goto(`${demo.baseUrl}/procurement/requests`);
    await employee.getByTestId('request-create').click();
    await employee.getByTestId('request-form-page').waitFor();
    await employee.getByTestId('request-purpose').fill('温控器新品试产用单片机');
    await choose(employee, employee.getByTestId('request-line-0-item'), 'STM32', true);
    await expect.poll(() => employee.getByTestId('request-line-0-unit').textContent()).toContain('个');
    await employee.getByTestId('request-line-0-quantity').fill('200');
    await employee.getByTestId('request-line-0-price').fill('12.5');
    await expect.poll(() => employee.getByTestId('request-line-total').textContent()).toBe('2,500.00');
    await settled(employee);
    await snap(employee, 'p2p-01-request-form');
    await employee.getByTestId('request-save-submit').click();
    await employee.getByTestId('request-page').waitFor();
    await expect.poll(() => employee.getByTestId('request-status').textContent()).toBe('审批中');
    const requestUrl = employee.url();
    const requestNumber = (await employee.getByTestId('request-number').textContent()) ?? '';
    expect(requestNumber).toMatch(/^QG-/);
    await settled(employee);
    await snap(employee, 'p2p-02-request-in-approval');

    // 2. Two approvals in OA: the department head, then the finance head.
    const head = await demo.signedIn('hu.bo');
    await openFromBell(head, '郭鹏的采购申请');
    await settled(head);
    await snap(head, 'p2p-03-approval-head');
    await approve(head, '同意，试产急需');
    const financeHead = await demo.signedIn('li.na');
    await openFromBell(financeHead, '郭鹏的采购申请');
    await approve(financeHead, '预算内，同意');

    // 3. The approved request became a confirmed order with the item's default supplier.
    await requestStatusBecomes(employee, requestUrl, '已下单');
    const orderRow = employee.getByTestId('request-orders').locator('tbody tr').first();
    await expect.poll(() => orderRow.textContent()).toContain(supplier);
    const orderNumber = ((await orderRow.locator('td').first().textContent()) ?? '').trim();
    expect(orderNumber).toMatch(/^CG-/);
    await settled(employee);
    await snap(employee, 'p2p-04-request-ordered');

    // 4. The buyer finds it among the purchase orders, opens it and prints it for the supplier.
    const buyer = await demo.signedIn('chen.jing');
    await buyer.goto(`${demo.baseUrl}/procurement/orders`);
    await buyer.getByTestId(`order-row-${orderNumber}`).click();
    await buyer.getByTestId('order-page').waitFor();
    expect(await buyer.getByTestId('order-status').textContent()).toBe('已确认');
    const orderUrl = buyer.url();
    await settled(buyer);
    await snap(buyer, 'p2p-05-order');
    await buyer.getByTestId('order-print').click();
    await buyer.getByTestId('order-print-sheet').waitFor();
    expect(await buyer.getByTestId('order-print-capital').textContent()).toBe('贰仟伍佰元整');
    await settled(buyer);
    await snap(buyer, 'p2p-06-order-print');

    // 5. The warehouse receives it in two deliveries: 120, then the remaining 80.
    const keeper = await demo.signedIn('yang.lei');
    const firstReceipt = await receive(keeper, orderUrl, '120', 'p2p-07-receipt-partial');
    await requestStatusBecomes(employee, requestUrl, '部分到货');
    const secondReceipt = await receive(keeper, orderUrl, '80', 'p2p-08-receipt-full');
    await keeper.getByTestId('receipt-print').click();
    await keeper.getByTestId('receipt-print-sheet').waitFor();
    await settled(keeper);
    await snap(keeper, 'p2p-09-receipt-print');
    await keeper.goto(orderUrl);
    await expect.poll(() => keeper.getByTestId('order-status').textContent()).toBe('已入库');

    // 6. The requester, on his workbench, is told in OA that the goods arrived; the link opens his request.
    await employee.goto(demo.baseUrl);
    await employee.getByTestId('home-welcome').waitFor();
    await openFromBell(employee, '到货');
    await employee.getByTestId('request-page').waitFor();
    expect(await employee.getByTestId('request-number').textContent()).toBe(requestNumber);
    await expect.poll(() => employee.getByTestId('request-status').textContent()).toBe('已到货');
    await settled(employee);
    await snap(employee, 'p2p-10-request-received');

    // 7. Finance enters the supplier's bill for both receipts; the three-way match passes.
    const accountant = await demo.signedIn('wang.fang', { width: 1440, height: 900 });
    await accountant.goto(`${demo.baseUrl}/procurement/bills/new`);
    await choose(accountant, accountant.getByTestId('bill-supplier'), supplier, true);
    const lines = accountant.getByTestId('bill-lines');
    for (const receipt of [firstReceipt, secondReceipt]) {
      await lines.locator('tbody tr', { hasText: receipt }).locator('.ant-checkbox-input').check();
    }
    await accountant.getByTestId('bill-invoice-no').fill('44030212');
    await expect.poll(() => accountant.getByTestId('bill-match-result').textContent(), { timeout: 15_000 }).toBe('三单匹配通过');
    expect(await accountant.getByTestId('bill-gross').textContent()).toBe('2,500.00');
    await settled(accountant);
    await snap(accountant, 'p2p-11-bill-match');
    await accountant.getByTestId('bill-post').click();
    await accountant.getByTestId('bill-page').waitFor();
    await accountant.getByTestId('bill-payment').waitFor();
    await settled(accountant);
    await snap(accountant, 'p2p-12-bill');
    await requestStatusBecomes(employee, requestUrl, '已开票');

    // 8. The payment request the bill raised is approved by 李娜 (head of 财务部 and finance head).
    await accountant.getByTestId('bill-payment').click();
    await accountant.getByTestId('payment-page').waitFor();
    const paymentUrl = accountant.url();
    for (let round = 0; round < 3; round++) {
      await financeHead.goto(paymentUrl);
      await financeHead.getByTestId('payment-page').waitFor();
      if (!((await financeHead.getByTestId('payment-status').textContent()) ?? '').includes('审批中')) break;
      await financeHead.getByTestId('payment-approval-link').click();
      await financeHead.getByTestId('approval-instance').waitFor();
      if (!(await financeHead.getByTestId('approval-action-approve').isVisible())) break;
      await approve(financeHead, '同意付款');
    }

    // 9. 赵敏 pays it from the bank in 往来与资金.
    const cashier = await demo.signedIn('zhao.min', { width: 1440, height: 900 });
    await expect.poll(async () => {
      await cashier.goto(paymentUrl);
      await cashier.getByTestId('payment-page').waitFor();
      return cashier.getByTestId('payment-status').textContent();
    }, { timeout: 30_000 }).toContain('已批准');
    await cashier.getByTestId('payment-execute').click();
    await choose(cashier, cashier.getByTestId('payment-execute-account'), '招商银行基本户');
    await cashier.getByTestId('payment-execute-confirm').click();
    await expect.poll(() => cashier.getByTestId('payment-status').textContent()).toContain('已执行');
    await settled(cashier);
    await snap(cashier, 'p2p-13-payment-executed');

    // 10. The request is 已付款 and its chain lists every document of the loop.
    await requestStatusBecomes(employee, requestUrl, '已付款');
    const chain = employee.getByTestId('document-chain');
    for (const type of ['审批单', '采购订单', '采购入库单', '凭证', '供应商发票', '收付款单']) {
      await expect.poll(() => chain.getByTestId('chain-node').filter({ hasText: type }).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    }
    expect(await chain.getByTestId('chain-node').filter({ hasText: '采购入库单' }).count()).toBe(2);
    expect(await employee.getByTestId('request-steps').getAttribute('data-status')).toBe('paid');
    await settled(employee);
    await snap(employee, 'p2p-14-request-paid');
  }, 600_000);
});
