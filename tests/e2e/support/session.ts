import type { Browser, BrowserContext, Page } from 'playwright-core';

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
