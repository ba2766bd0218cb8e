import type { VatSummary } from '@triad/contracts';
import Decimal from 'decimal.js';
import { fmt, zero } from '../../domain/reports/amounts.ts';
import { subtreeNetBefore } from '../../infra/reports/balances.query.ts';
import { vatLinesByRate, type VatLineGroup } from '../../infra/reports/lines.query.ts';

/**
 * 增值税汇总 of a period from the posted lines on 进项税额 (22210101) and 销项税额 (22210102), by
 * tax rate; the base is tax ÷ rate (none for 0 % or lines without a rate). 上期留抵 is the debit
 * balance of 应交增值税 (222101) before the period: the sub-account keeps only what was not yet
 * transferred to 未交增值税.
 */
export async function vatSummary(input: { period: number }): Promise<VatSummary> {
  const groups = await vatLinesByRate(input.period);
  const byRate = (kind: 'input' | 'output') => groups.filter((g) => g.kind === kind).map((g) => rateRow(g));
  const output = byRate('output');
  const inputRows = byRate('input');
  const outputTax = output.reduce((s, r) => s.plus(r.tax), zero);
  const inputTax = inputRows.reduce((s, r) => s.plus(r.tax), zero);
  const openingCredit = Decimal.max(await subtreeNetBefore('222101', input.period), 0);
  const due = outputTax.minus(inputTax).minus(openingCredit);
  return {
    period: input.period, output, input: inputRows, outputTax: fmt(outputTax), inputTax: fmt(inputTax),
    openingCredit: fmt(openingCredit), payable: fmt(Decimal.max(due, 0)), carriedCredit: fmt(Decimal.max(due.negated(), 0)),
  };
}

function rateRow(g: VatLineGroup): { rate: string | null; base: string | null; tax: string } {
  // Output VAT is a credit (liability), input VAT a debit; red-ink lines net out within their rate.
  const tax = g.kind === 'output' ? g.credit.minus(g.debit) : g.debit.minus(g.credit);
  const rate = g.rate === null ? null : new Decimal(g.rate);
  return {
    rate: rate === null ? null : rate.toFixed(),
    base: rate === null || rate.isZero() ? null : fmt(tax.dividedBy(rate)),
    tax: fmt(tax),
  };
}
