import Decimal from 'decimal.js';
import { cashFlowCategories, cashFlowCategoryLabels, type CashFlowReport } from '@triad/contracts';
import { cashErrors } from '../../cash.errors.ts';
import { cashFlowSums } from '../../infra/cash/cash-lines.query.ts';

const uncategorised = 'uncategorised';
const uncategorisedLabel = { 'zh-CN': '未分类', 'en-US': 'Uncategorised' };

/**
 * 现金流量 by category over a period range: posted lines on cash accounts, money in (借) and out
 * (贷) per cash-flow category; lines without a category (transfers between own accounts, manual
 * vouchers) in their own bucket so the totals still equal the change in cash.
 */
export async function cashFlowReport(from: number, to: number): Promise<CashFlowReport> {
  if (from > to) throw cashErrors['finance.forecast.badRange']();
  const sums = new Map((await cashFlowSums(from, to)).map((r) => [r.category ?? uncategorised, r]));
  const known = new Set<string>(cashFlowCategories);
  let totalIn = new Decimal(0);
  let totalOut = new Decimal(0);
  const keys = [...cashFlowCategories, ...[...sums.keys()].filter((k) => !known.has(k) && k !== uncategorised).sort(), uncategorised];
  const rows = keys.flatMap((category) => {
    const s = sums.get(category);
    if (!s && category === uncategorised) return [];
    const inflow = new Decimal(s?.inflow ?? 0);
    const outflow = new Decimal(s?.outflow ?? 0);
    totalIn = totalIn.plus(inflow);
    totalOut = totalOut.plus(outflow);
    const label = known.has(category) ? cashFlowCategoryLabels[category as keyof typeof cashFlowCategoryLabels] : category === uncategorised ? uncategorisedLabel : { 'zh-CN': category, 'en-US': category };
    return [{ category, label, inflow: inflow.toFixed(2), outflow: outflow.toFixed(2), net: inflow.minus(outflow).toFixed(2) }];
  });
  return { from, to, rows, totalIn: totalIn.toFixed(2), totalOut: totalOut.toFixed(2), net: totalIn.minus(totalOut).toFixed(2) };
}
