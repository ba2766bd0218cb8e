import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ensureDemo } from '../../../apps/server/src/setup/ensure-demo.ts';
import { launchBrowser } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';

export interface SignInOptions {
  width?: number;
  height?: number;
  locale?: 'zh-CN' | 'en-US';
  acceptDownloads?: boolean;
}

/**
 * Browser sessions of demo people: each `signedIn` opens its own context (own cookies), logs in
 * through the real login page and waits for the workbench. `closeAll` ends every context.
 */
export function browserSessions(browser: () => Browser, baseUrl: () => string, password: string) {
  const contexts: BrowserContext[] = [];
  return {
    async signedIn(username: string, options: SignInOptions = {}): Promise<Page> {
      const { width = 1366, height = 900, locale = 'zh-CN', acceptDownloads = false } = options;
      const context = await browser().newContext({ viewport: { width, height }, locale, acceptDownloads });
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(`${baseUrl()}/login`);
      await page.getByTestId('login-username').fill(username);
      await page.getByTestId('login-password').fill(password);
      await page.getByTestId('login-submit').click();
      await page.getByTestId('home-welcome').waitFor();
      return page;
    },
    async closeAll(): Promise<void> {
      for (const c of contexts) await c.close().catch(() => {});
    },
  };
}

/**
 * The usual e2e setting, registered as the file's beforeAll/afterAll: the real server on a fresh
 * embedded database, the demo company (people share `password`), and Chromium.
 */
export function demoCompanyInBrowser(password: string) {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} not started (use it inside tests)`);
    return value;
  };
  const sessions = browserSessions(() => started(browser, 'browser'), () => started(server, 'server').baseUrl, password);
  beforeAll(async () => {
    server = await startServer();
    await ensureDemo({ adminPassword: password, skipDemo: false });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await sessions.closeAll();
    await browser?.close();
    await server?.close();
  });
  return {
    get baseUrl(): string { return started(server, 'server').baseUrl; },
    signedIn: sessions.signedIn,
  };
}
