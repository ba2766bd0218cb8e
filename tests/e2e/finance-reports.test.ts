import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import { screenshotDir, snap } from './support/browser.ts';
import { demoCompanyInBrowser } from './support/session.ts';

// 李娜 (财务经理) reads the reports; the books get a few vouchers of this month through the API,
// so the test does not depend on the demo finance data (which may or may not be seeded).
const password = 'E2e-Reports-Passw0rd';
const demo = demoCompanyInBrowser(password);

interface Me { tenant: { id: string }; csrfToken: string }
interface Account { id: string; code: string; isLeaf: boolean }

/** Screenshots after the tables stopped loading (antd dims a loading table). */
async function snapSettled(page: Page, name: string): Promise<void> {
  await expect.poll(() => page.locator('.ant-spin-spinning, .ant-spin-blur').count(), { timeout: 15_000 }).toBe(0);
  // The un-dimming is a CSS transition: wait until every table is fully opaque again.
  await expect.poll(() => page.locator('.ant-spin-container').evaluateAll((els) => els.every((el) => getComputedStyle(el).opacity === '1'))).toBe(true);
  await snap(page, name);
}

/** JSON API calls with the page's session cookie and CSRF token. */
async function apiClient(page: Page) {
  const me = (await (await page.request.get(`${demo.baseUrl}/api/auth/me`)).json()) as Me;
  const call = async <T>(method: 'GET' | 'POST' | 'PUT', path: string, data?: unknown): Promise<T> => {
    const response = await page.request.fetch(`${demo.baseUrl}${path}`, { method, data, headers: { 'x-csrf-token': me.csrfToken } });
    const body = await response.text();
    if (!response.ok()) throw new Error(`${method} ${path} → ${response.status()}: ${body}`);
    return (body ? JSON.parse(body) : undefined) as T;
  };
  return { me, call };
}

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('finance reports in a real browser', () => {
  it('shows a balanced trial balance, drills down, prints the balance sheet to PDF and exports Excel', async () => {
    const page = await demo.signedIn('li.na', { width: 1440, height: 900, acceptDownloads: true });
    const { call } = await apiClient(page);

    const accounts = (await call<{ items: Account[] }>('GET', '/api/v1/finance/accounts')).items;
    // Lines go to leaf accounts: with demo cash accounts, 1002 has sub-accounts (100201 …).
    const acc = (code: string) => {
      const found = accounts.find((a) => a.code === code && a.isLeaf) ?? accounts.find((a) => a.code.startsWith(code) && a.isLeaf);
      if (!found) throw new Error(`account ${code} missing`);
      return found.id;
    };
    const parentId = (code: string) => accounts.find((a) => a.code === code)?.id ?? '';
    const departments = (await call<{ items: { id: string; code: string | null }[] }>('GET', '/api/v1/org/departments')).items;
    const finDept = departments.find((d) => d.code === 'FIN') ?? departments[0];
    if (!finDept) throw new Error('no department');
    const date = today();
    const post = async (word: string, summary: string, lines: Record<string, unknown>[]) => {
      const voucher = await call<{ id: string; number: string }>('POST', '/api/v1/finance/vouchers', { word, voucherDate: date, summary, lines });
      return call<{ id: string; number: string; status: string }>('POST', `/api/v1/finance/vouchers/${voucher.id}/post`);
    };
    const capital = await post('shou', '收到投资款', [
      { summary: '收到投资款', accountId: acc('1002'), debit: '500000.00' },
      { summary: '收到投资款', accountId: acc('4001'), credit: '500000.00' },
    ]);
    expect(capital.status).toBe('posted');
    await post('fu', '支付办公费', [
      { summary: '支付办公费', accountId: acc('6602'), debit: '12345.67', departmentId: finDept.id },
      { summary: '支付办公费', accountId: acc('1002'), credit: '12345.67' },
    ]);
    await post('ji', '销售收入', [
      { summary: '销售收入', accountId: acc('1002'), debit: '113000.00' },
      { summary: '销售收入', accountId: acc('6001'), credit: '100000.00' },
      { summary: '销项税额', accountId: acc('22210102'), credit: '13000.00' },
    ]);
    const year = Number(date.slice(0, 4));
    const months = Array.from({ length: 12 }, () => '1000.00');
    await call('PUT', '/api/v1/finance/budgets', { year, departmentId: finDept.id, accountId: acc('6602'), months });

    // 科目余额表: the totals row balances on every pair of columns.
    await page.goto(`${demo.baseUrl}/finance/reports/trial-balance`);
    await page.getByTestId('tb-totals').waitFor();
    await page.getByTestId('tb-row-1002').waitFor();
    const total = async (key: string) => page.getByTestId(`tb-total-${key}`).getAttribute('data-value');
    for (const side of ['opening', 'period', 'closing']) {
      expect(await total(`${side}Debit`)).toBe(await total(`${side}Credit`));
    }
    expect(Number(await total('periodDebit'))).toBeGreaterThanOrEqual(625345.67);
    expect(await page.getByTestId('tb-unbalanced').count()).toBe(0);
    await snapSettled(page, 'finance-reports-01-trial-balance');
    await page.emulateMedia({ media: 'print' });
    await snap(page, 'finance-reports-01b-trial-balance-print');
    await page.emulateMedia({ media: 'screen' });

    // Excel export keeps the title and the totals.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('trial-balance-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^科目余额表_.*\.xlsx$/);
    mkdirSync(screenshotDir, { recursive: true });
    const xlsxPath = join(screenshotDir, 'finance-reports-trial-balance.xlsx');
    await download.saveAs(xlsxPath);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsxPath);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getCell('A1').value).toBe('科目余额表');
    expect(sheet?.getCell('C3').value).toBe('期初余额');
    expect(sheet?.getCell('C4').value).toBe('借方');
    let totalsRow = 0;
    sheet?.eachRow((row, n) => { if (row.getCell(1).value === '合计') totalsRow = n; });
    expect(totalsRow).toBeGreaterThan(4);
    const totals = sheet!.getRow(totalsRow);
    expect(totals.getCell(5).value).toBe(totals.getCell(6).value); // 本期发生额 借 = 贷
    expect(totals.getCell(7).value).toBe(totals.getCell(8).value); // 期末余额 借 = 贷
    expect(Number(totals.getCell(5).value)).toBeGreaterThanOrEqual(625345.67);
    expect(totals.getCell(5).numFmt).toContain('#,##0.00');

    // Drill-down: the 银行存款 row opens its detail ledger over the same range.
    await page.getByTestId('tb-row-1002').click();
    await page.waitForURL(/\/finance\/reports\/detail-ledger\?accountId=/);
    await page.getByTestId('dl-table').waitFor();
    await expect.poll(() => page.getByTestId('dl-voucher-link').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.getByTestId('dl-table').getByText('期末余额').waitFor();
    await snapSettled(page, 'finance-reports-02-detail-ledger');

    await page.goto(`${demo.baseUrl}/finance/reports/general-ledger?accountId=${parentId('1002')}&year=${year}`);
    await page.getByTestId('gl-table').getByText('本年累计').first().waitFor();
    await snapSettled(page, 'finance-reports-03-general-ledger');

    // 资产负债表, printed to PDF under the print media.
    await page.goto(`${demo.baseUrl}/finance/reports/balance-sheet`);
    await page.getByTestId('bs-table').locator('tbody tr.ant-table-row').nth(3).waitFor();
    await snapSettled(page, 'finance-reports-04-balance-sheet');
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('.ant-layout-sider').isVisible()).toBe(false);
    expect(await page.getByTestId('balance-sheet-print-header').isVisible()).toBe(true);
    await snapSettled(page, 'finance-reports-05-balance-sheet-print');
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    writeFileSync(join(screenshotDir, 'finance-reports-balance-sheet.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
    await page.emulateMedia({ media: 'screen' });

    for (const [path, testId, name] of [
      ['/finance/reports/income-statement', 'is-table', 'finance-reports-06-income-statement'],
      ['/finance/reports/vat', 'vat-table', 'finance-reports-07-vat'],
      [`/finance/budgets?year=${year}&departmentId=${finDept.id}`, 'budget-table', 'finance-reports-08-budgets'],
      [`/finance/budgets/actual?year=${year}`, 'ba-table', 'finance-reports-09-budget-actual'],
    ] as const) {
      await page.goto(`${demo.baseUrl}${path}`);
      await page.getByTestId(testId).locator('tbody tr.ant-table-row').first().waitFor();
      await page.waitForLoadState('networkidle');
      await snapSettled(page, name);
    }
    // 管理费用 spent 12,345.67 against a 1,000.00 monthly budget: flagged over budget.
    await page.getByTestId('budget-over').first().waitFor();

    // Budget editing (finance.budget.manage): change January and save the row.
    await page.goto(`${demo.baseUrl}/finance/budgets?year=${year}&departmentId=${finDept.id}`);
    const moneyText = async () => Number(((await page.getByTestId('budget-grand-total').textContent()) ?? '').replace(/,/g, ''));
    await page.getByTestId('budget-grand-total').waitFor();
    const before = await moneyText();
    const january = page.getByTestId('budget-6602-m1');
    await january.fill('20000');
    await page.getByTestId('budget-save-6602').click();
    await expect.poll(async () => {
      const rows = (await call<{ items: { accountCode: string; months: string[] }[] }>('GET', `/api/v1/finance/budgets?year=${year}&departmentId=${finDept.id}`)).items;
      return rows.find((r) => r.accountCode === '6602')?.months[0];
    }, { timeout: 15_000 }).toBe('20000.00');
    // January went from 1,000.00 to 20,000.00.
    await expect.poll(moneyText).toBeCloseTo(before + 19000, 2);

    // The same report in English (the profile's language applies on reload).
    await call('PUT', '/api/v1/me/profile', { locale: 'en-US' });
    await page.goto(`${demo.baseUrl}/finance/reports/trial-balance?level=1`);
    await page.getByTestId('trial-balance').getByText('Opening balance').waitFor();
    await page.getByTestId('tb-totals').getByText('Total').waitFor();
    await snapSettled(page, 'finance-reports-10-trial-balance-en');

    // On a phone the report scrolls sideways inside its card.
    const phone = await demo.signedIn('li.na', { width: 390, height: 844, acceptDownloads: true });
    await phone.goto(`${demo.baseUrl}/finance/reports/balance-sheet`);
    await phone.getByTestId('bs-table').locator('tbody tr.ant-table-row').first().waitFor();
    await snapSettled(phone, 'finance-reports-11-balance-sheet-phone');
  });
});
