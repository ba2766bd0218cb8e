import { describe, expect, it } from 'vitest';
import { snap } from './support/browser.ts';
import { demoCompanyInBrowser } from './support/session.ts';
import { choose, settled } from './support/antd.ts';

// 刘洋 (采购经理) creates an item bought by the box (1 箱 = 100 个); 杨磊 (仓管员) books a found box
// with a stock adjustment, sees it in the stock overview, counts 198 个 and posts the count; the
// stock ledger shows both moves with their running balance.
const password = 'E2e-Inventory-Passw0rd';
const demo = demoCompanyInBrowser(password);
const code = 'E2E-BOLT-M6';

describe('catalog and inventory in a real browser', () => {
  it('creates an item with a box unit, adjusts and counts it, and shows the ledger', async () => {
    const buyer = await demo.signedIn('liu.yang', { width: 1440, height: 900 });
    await buyer.goto(`${demo.baseUrl}/catalog/items`);
    await buyer.getByTestId('item-create').click();
    await buyer.getByTestId('item-code').fill(code);
    await buyer.getByTestId('item-name').fill('不锈钢螺栓');
    await buyer.getByTestId('item-spec').fill('M6×20 304');
    await choose(buyer, buyer.getByTestId('item-category'), '办公用品');
    await choose(buyer, buyer.getByTestId('item-base-unit'), '个');
    await buyer.getByTestId('item-unit-add').click();
    await choose(buyer, buyer.getByTestId('item-unit-0-unit'), '箱');
    await buyer.getByTestId('item-unit-0-factor').fill('100');
    await choose(buyer, buyer.getByTestId('item-purchase-unit'), '箱');
    await buyer.getByTestId('item-sale-price').fill('0.35');
    await buyer.getByTestId('item-name').click();
    await snap(buyer, 'catalog-inventory-01-item-form');
    await buyer.getByTestId('drawer-submit').click();
    await buyer.getByTestId('item-form').waitFor({ state: 'detached' });
    const itemRow = buyer.getByTestId(`item-row-${code}`);
    await expect.poll(() => itemRow.textContent()).toContain('1箱=100个');
    await settled(buyer);
    await snap(buyer, 'catalog-inventory-02-items');

    // A found box at 150.00 the box (1.50 per 个): stock rises by 100 个, the gain is posted against 1901.
    const keeper = await demo.signedIn('yang.lei', { width: 1440, height: 900 });
    await keeper.goto(`${demo.baseUrl}/inventory/stock`);
    await keeper.getByTestId('stock-adjust').click();
    await choose(keeper, keeper.getByTestId('adjustment-warehouse'), '主仓库');
    await keeper.getByTestId('adjustment-reason').fill('盘点前发现未入账整箱');
    await choose(keeper, keeper.getByTestId('adjustment-lines-0-item'), code, true);
    await choose(keeper, keeper.getByTestId('adjustment-lines-0-unit'), '箱');
    await choose(keeper, keeper.getByTestId('adjustment-lines-0-direction'), '增加');
    await keeper.getByTestId('adjustment-lines-0-quantity').fill('1');
    await keeper.getByTestId('adjustment-form').locator('input[placeholder="默认平均成本"]').fill('150');
    await snap(keeper, 'catalog-inventory-03-adjustment');
    await keeper.getByTestId('drawer-submit').click();
    await keeper.getByTestId('adjustment-form').waitFor({ state: 'detached' });
    await keeper.getByTestId('filter-keyword').fill(code);
    await keeper.getByTestId('list-filter-submit').click();
    await expect.poll(() => keeper.getByTestId(`stock-onhand-${code}`).textContent()).toBe('100');
    await settled(keeper);
    await snap(keeper, 'catalog-inventory-04-stock');

    // The count: 98 个 found on the shelf, two short; posting books the loss.
    await keeper.goto(`${demo.baseUrl}/inventory/counts`);
    await keeper.getByTestId('count-create').click();
    await choose(keeper, keeper.getByTestId('count-warehouse'), '主仓库');
    await keeper.getByTestId('count-create-ok').click();
    await keeper.getByTestId('count-page').waitFor();
    await keeper.getByTestId(`count-qty-${code}`).fill('98');
    await expect.poll(() => keeper.getByTestId(`count-diff-${code}`).textContent()).toBe('-2');
    await settled(keeper);
    await snap(keeper, 'catalog-inventory-05-count-sheet');
    await keeper.getByTestId('count-post').click();
    await keeper.getByTestId('count-post-ok').click();
    await expect.poll(() => keeper.getByTestId('count-status').textContent()).toBe('已过账');
    await keeper.getByTestId('count-voucher').waitFor();
    await settled(keeper);
    await snap(keeper, 'catalog-inventory-06-count-posted');

    // The ledger of the item: the count (−2, balance 98) above the adjustment (+100).
    await keeper.goto(`${demo.baseUrl}/inventory/stock`);
    await keeper.getByTestId('filter-keyword').fill(code);
    await keeper.getByTestId('list-filter-submit').click();
    await expect.poll(() => keeper.getByTestId(`stock-onhand-${code}`).textContent()).toBe('98');
    await keeper.getByTestId(`stock-ledger-${code}`).click();
    const balances = keeper.getByTestId(`move-balance-${code}`);
    await expect.poll(() => balances.allTextContents()).toEqual(['98', '100']);
    expect(await keeper.getByTestId(`move-qty-${code}`).allTextContents()).toEqual(['-2', '+100']);
    await settled(keeper);
    await snap(keeper, 'catalog-inventory-07-ledger');
  });
});
