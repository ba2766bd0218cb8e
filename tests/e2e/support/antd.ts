import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

/** Opens an antd select (or tree select) and picks the option with this text (typing it first for remote searches). */
export async function choose(page: Page, select: Locator, text: string, search = false): Promise<void> {
  // The previous select's dropdown fades out and still matches :visible meanwhile; wait it out so
  // the option clicked below is in the dropdown just opened.
  await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
  await select.click();
  if (search) await page.keyboard.type(text);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option, .ant-select-dropdown:visible .ant-select-tree-node-content-wrapper', { hasText: text }).first().click();
}

/** Lists fade while loading; screenshots wait for them to settle and dropdowns to close. */
export async function settled(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await expect.poll(() => page.locator('.ant-spin-spinning, .ant-select-dropdown:visible').count()).toBe(0);
  // Let the fade-out of the loading overlay finish before the picture is taken.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
}
