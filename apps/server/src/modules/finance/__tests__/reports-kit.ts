import { eq } from 'drizzle-orm';
import { newId } from '../../../platform/db/index.ts';
import { inTenant, tx } from '../../../platform/tx/index.ts';
import { finAccounts, finPeriods, finSettings, finVoucherLines, finVouchers } from '../infra/finance.tables.ts';

// Rows for the reports and budget tests, written at table level (the database's posting trigger
// keeps the period balances), independent of the ledger area's services.

type Category = 'asset' | 'liability' | 'equity' | 'cost' | 'profitLoss';
/** code, name, category, direction; parents are found by code prefix. */
const chart: [string, string, Category, 'debit' | 'credit'][] = [
  ['1001', '库存现金', 'asset', 'debit'], ['1002', '银行存款', 'asset', 'debit'], ['100201', '工商银行', 'asset', 'debit'],
  ['100202', '招商银行', 'asset', 'debit'], ['1122', '应收账款', 'asset', 'debit'], ['1231', '坏账准备', 'asset', 'credit'],
  ['1405', '库存商品', 'asset', 'debit'], ['1601', '固定资产', 'asset', 'debit'], ['1602', '累计折旧', 'asset', 'credit'],
  ['2202', '应付账款', 'liability', 'credit'], ['2211', '应付职工薪酬', 'liability', 'credit'],
  ['2221', '应交税费', 'liability', 'credit'], ['222101', '应交增值税', 'liability', 'credit'],
  ['22210101', '进项税额', 'liability', 'credit'], ['22210102', '销项税额', 'liability', 'credit'],
  ['22210104', '转出未交增值税', 'liability', 'credit'], ['222102', '未交增值税', 'liability', 'credit'],
  ['4001', '实收资本', 'equity', 'credit'], ['4103', '本年利润', 'equity', 'credit'], ['4104', '利润分配', 'equity', 'credit'],
  ['410401', '未分配利润', 'equity', 'credit'], ['5001', '生产成本', 'cost', 'debit'],
  ['6001', '主营业务收入', 'profitLoss', 'credit'], ['6401', '主营业务成本', 'profitLoss', 'debit'],
  ['6601', '销售费用', 'profitLoss', 'debit'], ['6602', '管理费用', 'profitLoss', 'debit'], ['660201', '差旅费', 'profitLoss', 'debit'],
  ['660202', '办公费', 'profitLoss', 'debit'], ['6603', '财务费用', 'profitLoss', 'debit'], ['6711', '营业外支出', 'profitLoss', 'debit'],
  ['6801', '所得税费用', 'profitLoss', 'debit'],
];

export type Codes = Record<string, string>;

/** The test chart; returns account ids by code. */
export async function seedChart(tenantId: string): Promise<Codes> {
  const ids: Codes = {};
  for (const [code] of chart) ids[code] = newId();
  const codes = chart.map(([c]) => c);
  await inTenant({ tenantId }, () => tx().insert(finAccounts).values(chart.map(([code, name, category, direction]) => {
    const parent = codes.filter((c) => c !== code && code.startsWith(c)).sort((a, b) => b.length - a.length)[0];
    return {
      id: ids[code]!, tenantId, code, name, category, direction, parentId: parent ? ids[parent]! : null,
      level: parent ? (code.length - 4) / 2 + 1 : 1, isLeaf: !codes.some((c) => c !== code && c.startsWith(code)),
    };
  })));
  return ids;
}

export async function openPeriods(tenantId: string, periods: number[]): Promise<void> {
  await inTenant({ tenantId }, () => tx().insert(finPeriods).values(periods.map((period) => ({ tenantId, period }))).onConflictDoNothing());
}

export async function setBudgetMode(tenantId: string, mode: 'off' | 'warn' | 'block' | 'approval'): Promise<void> {
  await inTenant({ tenantId }, () => tx().insert(finSettings).values({ tenantId, budgetControl: mode })
    .onConflictDoUpdate({ target: finSettings.tenantId, set: { budgetControl: mode } }));
}

export interface TestLine { code: string; debit?: string; credit?: string; taxRate?: string; departmentId?: string; partnerId?: string }

let seq = 0;
/** Inserts a draft voucher with its lines, then posts it (the trigger moves the balances). */
export async function postVoucher(tenantId: string, ids: Codes, date: string, lines: TestLine[], opts: { closingKind?: 'profitLoss' | 'yearEnd'; summary?: string } = {}): Promise<string> {
  const id = newId();
  const period = Number(date.slice(0, 4)) * 100 + Number(date.slice(5, 7));
  await inTenant({ tenantId }, async () => {
    seq += 1;
    await tx().insert(finVouchers).values({
      id, tenantId, period, word: 'zhuan', seq, number: `转-${String(seq).padStart(4, '0')}`, voucherDate: date,
      summary: opts.summary ?? 'test', closingKind: opts.closingKind ?? null,
    });
    await tx().insert(finVoucherLines).values(lines.map((l, i) => ({
      id: newId(), tenantId, voucherId: id, lineNo: i + 1, summary: opts.summary ?? 'test', accountId: ids[l.code]!,
      debit: l.debit ?? '0', credit: l.credit ?? '0', period, voucherDate: date, taxRate: l.taxRate ?? null,
      departmentId: l.departmentId ?? null, partnerId: l.partnerId ?? null,
    })));
    await tx().update(finVouchers).set({ status: 'posted' }).where(eq(finVouchers.id, id));
  });
  return id;
}
