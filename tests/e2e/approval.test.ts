import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { snap } from './support/browser.ts';
import { demoCompanyInBrowser } from './support/session.ts';

// Demo people share the admin password: 孙丽 (销售代表), her head 吴晓丽, finance 李娜.
const password = 'E2e-Approval-Passw0rd';
const demo = demoCompanyInBrowser(password);

/** Opens the notification that names the request, as a person would from the bell. */
async function openFromBell(page: Page, text: string): Promise<void> {
  await expect.poll(async () => Number(await page.getByTestId('notification-bell').getAttribute('data-unread')), { timeout: 30_000 }).toBeGreaterThan(0);
  await page.getByTestId('notification-bell').click();
  await page.getByTestId('notification-item').filter({ hasText: text }).first().click();
  await page.getByTestId('approval-instance').waitFor();
}

async function approve(page: Page, opinion: string): Promise<void> {
  await page.getByTestId('approval-action-approve').click();
  await page.getByTestId('approval-action-opinion').fill(opinion);
  await page.getByTestId('approval-action-confirm').click();
  await page.getByTestId('approval-action-approve').waitFor({ state: 'detached' });
}

describe('expense claim in a real browser', () => {
  it('is submitted by an employee, approved by the department head and finance, and the employee is told', async () => {
    const employee = await demo.signedIn('sun.li');
    await employee.goto(`${demo.baseUrl}/approval/new`);
    await employee.getByTestId('approval-type-expense').click();
    await employee.getByTestId('approval-submit-page').waitFor();
    await employee.getByTestId('approval-input-items-0-category').click();
    await employee.locator('.ant-select-item-option', { hasText: '差旅费' }).click();
    await employee.getByTestId('approval-input-items-0-date').click();
    await employee.keyboard.type('2026-11-20');
    await employee.keyboard.press('Enter');
    await employee.getByTestId('approval-input-items-0-amount').fill('860.50');
    await employee.getByTestId('approval-input-items-0-note').fill('上海客户拜访高铁票');
    await employee.getByTestId('approval-input-reason').fill('11月上海客户拜访差旅报销');
    await employee.getByTestId('approval-field-invoices').locator('input[type=file]')
      .setInputFiles({ name: '高铁票.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 高铁票') });
    await employee.getByTestId('file-item').filter({ hasText: '高铁票.pdf' }).waitFor();
    await expect.poll(() => employee.getByTestId('approval-input-items-total-amount').textContent()).toContain('860.50');
    await employee.getByTestId('approval-preview').getByText('吴晓丽').first().waitFor();
    await snap(employee, 'approval-01-submit');
    await employee.getByTestId('approval-submit').click();
    await employee.getByTestId('approval-instance').waitFor();
    await expect(employee.getByTestId('approval-status').textContent()).resolves.toContain('审批中');
    const number = (await employee.getByTestId('approval-number').textContent()) ?? '';
    expect(number).toMatch(/^APR-\d{6}-\d{4}$/);

    const head = await demo.signedIn('wu.xiaoli');
    await openFromBell(head, '孙丽的报销');
    await snap(head, 'approval-02-head');
    await approve(head, '同意，注意保留票据');

    const finance = await demo.signedIn('li.na');
    await openFromBell(finance, '孙丽的报销');
    // Finance sees the invoice the employee attached, as a download link.
    await finance.getByTestId('file-item').filter({ hasText: '高铁票.pdf' }).waitFor();
    await approve(finance, '票据齐全，同意报销');
    await snap(finance, 'approval-03-finance');

    // Back with the employee (phone width): the bell says it passed, and the page shows 已通过.
    const phone = await demo.signedIn('sun.li', { width: 390, height: 844 });
    await openFromBell(phone, '审批已通过');
    await expect(phone.getByTestId('approval-status').textContent()).resolves.toContain('已通过');
    await phone.getByTestId('approval-timeline').getByText('票据齐全，同意报销').waitFor();
    await snap(phone, 'approval-04-employee-approved');
  });
});
