import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { snap } from './support/browser.ts';
import { demoCompanyInBrowser } from './support/session.ts';

// 王芳 (会计) enters a voucher, 李娜 (财务经理) posts it and then reverses it with red ink.
const password = 'E2e-Ledger-Passw0rd';
const demo = demoCompanyInBrowser(password);

/** Picks an account in the grid the way an accountant does: type the code, Enter. */
async function chooseAccount(page: Page, line: number, code: string, label: string): Promise<void> {
  await page.getByTestId(`voucher-line-${line}-account`).click();
  await page.keyboard.type(code);
  await page.locator('.ant-select-item-option', { hasText: label }).first().waitFor();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByTestId(`voucher-line-${line}-account`).textContent()).toContain(label);
}

describe('finance ledger in a real browser', () => {
  it('a voucher is entered by the accountant, posted and reversed by the finance manager', async () => {
    const accountant = await demo.signedIn('wang.fang');
    await accountant.goto(`${demo.baseUrl}/finance/vouchers`);
    await accountant.getByTestId('list-financeLedger.vouchers').waitFor();
    await snap(accountant, 'finance-ledger-00-vouchers');
    await accountant.getByTestId('voucher-create').click();
    await accountant.getByTestId('voucher-grid').waitFor();
    expect(await accountant.getByTestId('voucher-title').textContent()).toBe('记账凭证');

    await accountant.getByTestId('voucher-line-0-summary').fill('报销办公用品');
    // Enter moves on to the next cell (the account), as in Kingdee / Yonyou.
    await accountant.getByTestId('voucher-line-0-summary').press('Enter');
    await expect.poll(() => accountant.evaluate(() => document.activeElement?.closest('[data-testid]')?.getAttribute('data-testid'))).toBe('voucher-line-0-account');
    await chooseAccount(accountant, 0, '6602', '6602 管理费用');
    // 管理费用 is kept per department: its picker appears only now.
    await accountant.getByTestId('voucher-line-0-department').click();
    await accountant.keyboard.type('财务部');
    await accountant.locator('.ant-select-tree-node-content-wrapper', { hasText: '财务部' }).first().click();
    await accountant.getByTestId('voucher-line-0-debit').fill('500');
    expect(await accountant.getByTestId('voucher-balance').getAttribute('data-balanced')).toBe('false');

    // The demo company keeps its cash box as 100101 under 1001 (only leaf accounts take lines).
    await chooseAccount(accountant, 1, '1001', '100101 库存现金');
    // '//' copies the summary of the line above.
    await accountant.getByTestId('voucher-line-1-summary').fill('//');
    expect(await accountant.getByTestId('voucher-line-1-summary').inputValue()).toBe('报销办公用品');
    expect(await accountant.getByTestId('voucher-line-1-department').count()).toBe(0);
    // '=' in an amount cell fills the amount that balances the voucher.
    await accountant.getByTestId('voucher-line-1-credit').click();
    await accountant.keyboard.press('=');
    expect(await accountant.getByTestId('voucher-line-1-credit').inputValue()).toBe('500.00');
    // Typing on the debit side of a line clears its credit side.
    await accountant.getByTestId('voucher-line-1-debit').fill('1');
    expect(await accountant.getByTestId('voucher-line-1-credit').inputValue()).toBe('');
    await accountant.getByTestId('voucher-line-1-credit').fill('500.00');
    expect(await accountant.getByTestId('voucher-line-1-debit').inputValue()).toBe('');

    await expect.poll(() => accountant.getByTestId('voucher-balance').getAttribute('data-balanced')).toBe('true');
    expect(await accountant.getByTestId('voucher-balance').textContent()).toContain('借贷平衡');
    expect(await accountant.getByTestId('voucher-capital').textContent()).toContain('伍佰元整');
    expect(await accountant.getByTestId('voucher-total-debit').textContent()).toBe('500.00');
    await snap(accountant, 'finance-ledger-01-entry');

    await accountant.getByTestId('voucher-save').click();
    await accountant.waitForURL(/\/finance\/vouchers\/[0-9a-f-]{36}$/);
    await expect.poll(() => accountant.getByTestId('voucher-number').textContent()).toMatch(/^记-\d{4}$/);
    const voucherUrl = accountant.url();
    const number = (await accountant.getByTestId('voucher-number').textContent()) ?? '';
    // The accountant enters; posting is the manager's review.
    expect(await accountant.getByTestId('voucher-post').count()).toBe(0);
    await snap(accountant, 'finance-ledger-02-saved');

    const manager = await demo.signedIn('li.na');
    await manager.goto(`${demo.baseUrl}/finance/vouchers`);
    await manager.getByTestId('filter-q').fill(number);
    await manager.getByTestId('list-filter-submit').click();
    await manager.getByTestId('voucher-row').filter({ hasText: '报销办公用品' }).first().click();
    await manager.waitForURL(voucherUrl);
    await manager.getByTestId('voucher-post').click();
    await manager.getByTestId('voucher-post-confirm').click();
    await expect.poll(() => manager.getByTestId('voucher-page').getAttribute('data-status')).toBe('posted');
    expect(await manager.getByTestId('voucher-status').textContent()).toContain('已过账');
    await manager.getByTestId('voucher-line-dimensions').filter({ hasText: '财务部' }).waitFor();
    await snap(manager, 'finance-ledger-03-posted');

    await manager.getByTestId('voucher-reverse').click();
    await manager.getByTestId('voucher-reverse-confirm').click();
    await manager.getByTestId('voucher-reversal-of').waitFor();
    expect(manager.url()).not.toBe(voucherUrl);
    expect(await manager.getByTestId('voucher-capital').textContent()).toContain('负伍佰元整');
    const redDebit = manager.getByTestId('voucher-line-debit').filter({ hasText: '-500.00' });
    await redDebit.waitFor();
    expect(await redDebit.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(207, 19, 34)');
    await snap(manager, 'finance-ledger-04-reversal');

    // The original now says it was reversed and links to the red-ink voucher.
    await manager.getByTestId('voucher-original-link').click();
    await manager.getByTestId('voucher-reversed-by').waitFor();
    expect(await manager.getByTestId('voucher-reverse').count()).toBe(0);

    // 打印: only the voucher — no menu, toolbar or chain panel.
    await manager.emulateMedia({ media: 'print' });
    expect(await manager.locator('.ant-layout-sider').isVisible()).toBe(false);
    expect(await manager.getByTestId('voucher-print').isVisible()).toBe(false);
    expect(await manager.getByTestId('document-chain').isVisible()).toBe(false);
    expect(await manager.getByTestId('voucher-grid').isVisible()).toBe(true);
    await snap(manager, 'finance-ledger-04b-print');
    await manager.emulateMedia({ media: 'screen' });

    await manager.goto(`${demo.baseUrl}/finance/vouchers`);
    await manager.getByTestId('filter-q').fill('报销办公用品');
    await manager.getByTestId('list-filter-submit').click();
    await manager.getByTestId('voucher-row').nth(1).waitFor();
    const tags = await manager.getByTestId('list-financeLedger.vouchers').textContent();
    expect(tags).toContain('已冲销');
    expect(tags).toContain('冲销凭证');
    await snap(manager, 'finance-ledger-05-list');
  });

  it('the finance manager sees the chart of accounts as a tree and adds a sub-account', async () => {
    const manager = await demo.signedIn('li.na');
    await manager.goto(`${demo.baseUrl}/finance/accounts`);
    await manager.getByTestId('account-row-1001').waitFor();
    await snap(manager, 'finance-ledger-06-accounts');

    // 资本公积 → 资本溢价: an account no demo voucher uses, so it may still get children.
    await manager.getByRole('tab', { name: '权益' }).click();
    await manager.getByTestId('account-add-child-4002').click();
    await manager.getByTestId('account-name').fill('资本溢价');
    await manager.getByTestId('drawer-submit').click();
    await manager.getByTestId('account-row-400201').waitFor();
    expect(await manager.getByTestId('account-row-400201').textContent()).toContain('资本溢价');
    expect(await manager.getByTestId('account-row-400201').textContent()).toContain('贷');
    await snap(manager, 'finance-ledger-07-sub-account');

    await manager.goto(`${demo.baseUrl}/finance/periods`);
    await manager.getByTestId('periods-page').locator('[data-testid^="period-row-"]').first().waitFor();
    // Let the table's loading fade finish before the screenshot.
    await expect.poll(() => manager.getByTestId('periods-page').locator('.ant-spin-container').first().evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    // Only the latest closed month offers 反结账.
    expect(await manager.locator('[data-testid^="period-reopen-"]').count()).toBe(1);
    // The demo November still has a draft: closing is refused and the server says why.
    const open = await manager.locator('[data-testid^="period-close-"]').first().getAttribute('data-testid');
    await manager.getByTestId(open ?? '').click();
    await manager.getByTestId(`${open ?? ''}-confirm`).click();
    await manager.getByTestId('periods-error').waitFor();
    await snap(manager, 'finance-ledger-08b-close-refused');
    expect((await manager.getByTestId('periods-error').textContent())?.trim().length).toBeGreaterThan(2);
    await snap(manager, 'finance-ledger-08-periods');
    await manager.goto(`${demo.baseUrl}/finance/posting-rules`);
    await manager.getByTestId('posting-rule-*-cash').waitFor();
    await snap(manager, 'finance-ledger-09-posting-rules');
    await manager.goto(`${demo.baseUrl}/finance/settings`);
    await manager.getByTestId('finance-settings-form').waitFor();
    await snap(manager, 'finance-ledger-10-settings');
  });

  it('the voucher entry is usable at phone width', async () => {
    const phone = await demo.signedIn('wang.fang', { width: 390, height: 844 });
    await phone.goto(`${demo.baseUrl}/finance/vouchers/new`);
    await phone.getByTestId('voucher-grid').waitFor();
    await chooseAccount(phone, 0, '6602', '6602 管理费用');
    await phone.getByTestId('voucher-line-0-debit').fill('88.8');
    await phone.getByTestId('voucher-line-0-summary').click();
    expect(await phone.getByTestId('voucher-line-0-debit').inputValue()).toBe('88.80');
    expect(await phone.getByTestId('voucher-capital').textContent()).toContain('捌拾捌元捌角整');
    // Every cell of a line fits the phone's width: no sideways scrolling.
    const box = await phone.getByTestId('voucher-line-0-debit').boundingBox();
    expect((box?.x ?? 999) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
    await snap(phone, 'finance-ledger-11-phone');
  });
});
