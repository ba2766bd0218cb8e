import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ensureDemo } from '../../apps/server/src/setup/ensure-demo.ts';
import { launchBrowser, snap } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

const adminPassword = 'E2e-Admin-Passw0rd';
let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

async function newPage(width = 1366, height = 860): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'zh-CN' });
  contexts.push(context);
  return context.newPage();
}

async function logIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto(`${server.baseUrl}/`);
  await page.waitForURL(/\/login/);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('home-welcome').waitFor();
}

async function unreadCount(page: Page): Promise<number> {
  return Number(await page.getByTestId('notification-bell').getAttribute('data-unread'));
}

beforeAll(async () => {
  server = await startServer();
  await ensureDemo({ adminPassword, skipDemo: false });
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  await server?.close();
});

describe('foundation in a real browser', () => {
  it('logs in, switches language, creates a user, and the department head is notified live', async () => {
    // The head of 技术部 keeps the app open: the notification must arrive without a reload.
    const head = await newPage();
    await logIn(head, 'hu.bo', adminPassword);
    const before = await unreadCount(head);

    const admin = await newPage();
    await logIn(admin, 'admin', adminPassword);
    await expect(admin.getByTestId('company-name').textContent()).resolves.toContain('示例科技有限公司');
    await expect(admin.getByTestId('menu-home').textContent()).resolves.toBe('工作台');
    await snap(admin, '01-home-zh');

    // Language: English, persisted across a reload, then back to Chinese.
    await admin.getByTestId('language-switch').click();
    await admin.getByTestId('language-en-US').click();
    await admin.getByText('Workbench').first().waitFor();
    await admin.reload();
    await admin.getByTestId('home-welcome').waitFor();
    await expect(admin.getByTestId('menu-home').textContent()).resolves.toBe('Workbench');
    await snap(admin, '02-home-en');
    await admin.getByTestId('language-switch').click();
    await admin.getByTestId('language-zh-CN').click();
    await admin.getByText('工作台').first().waitFor();

    // Create 李雷 in 技术部.
    await admin.goto(`${server.baseUrl}/org/users`);
    await admin.getByTestId('user-create').click();
    await admin.getByTestId('user-username').fill('li.lei');
    await admin.getByTestId('user-displayName').fill('李雷');
    await admin.getByTestId('user-password').fill('Li-Lei-Passw0rd');
    await admin.getByTestId('user-department').click();
    await admin.keyboard.type('技术部');
    await admin.locator('.ant-select-tree-node-content-wrapper', { hasText: '技术部' }).first().click();
    await snap(admin, '03-create-user');
    await admin.getByTestId('drawer-submit').click();
    await admin.getByTestId('user-row-li.lei').waitFor();
    await snap(admin, '04-users');

    // The head's bell counts up by itself and the list names the newcomer.
    await expect.poll(() => unreadCount(head), { timeout: 30_000 }).toBe(before + 1);
    await head.getByTestId('notification-bell').click();
    await head.getByTestId('notification-item').filter({ hasText: '李雷' }).first().waitFor();
    await snap(head, '05-head-notified');

    // The newcomer can log in and finds the welcome message.
    const newcomer = await newPage(390, 844);
    await logIn(newcomer, 'li.lei', 'Li-Lei-Passw0rd');
    await expect.poll(() => unreadCount(newcomer), { timeout: 30_000 }).toBeGreaterThan(0);
    await snap(newcomer, '06-newcomer-phone');
  });
});
