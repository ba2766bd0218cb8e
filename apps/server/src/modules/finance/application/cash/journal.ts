import Decimal from 'decimal.js';
import type { Journal } from '@triad/contracts';
import { arapErrors } from '../../arap.errors.ts';
import { cashErrors } from '../../cash.errors.ts';
import { periodOfDate } from '../../domain/arap/dates.ts';
import { findCashAccount } from '../../infra/cash/cash-accounts.repository.ts';
import { balanceBefore, postedLines } from '../../infra/cash/cash-lines.query.ts';
import { accountsById } from '../../infra/arap/accounts.query.ts';

/**
 * 现金/银行日记账 of one cash account: the posted lines of its ledger account day by day, money in
 * (借) and out (贷) with the running balance; the opening balance is the account's balance before
 * `from` (earlier periods from the period balances, the same month from its lines).
 */
export async function cashJournal(cashAccountId: string, from: string, to: string): Promise<Journal> {
  if (from > to) throw arapErrors['finance.arap.badPeriodRange']();
  const cash = await findCashAccount(cashAccountId);
  if (!cash) throw cashErrors['finance.cash.accountNotFound']();
  const ledger = (await accountsById([cash.ledgerAccountId])).get(cash.ledgerAccountId);
  const opening = await balanceBefore(cash.ledgerAccountId, from, periodOfDate(from));
  let balance = new Decimal(opening);
  let income = new Decimal(0);
  let expense = new Decimal(0);
  const rows = (await postedLines(cash.ledgerAccountId, from, to)).map((line) => {
    balance = balance.plus(line.debit).minus(line.credit);
    income = income.plus(line.debit);
    expense = expense.plus(line.credit);
    return {
      date: line.date, voucherId: line.voucherId, voucherNumber: line.voucherNumber, period: line.period, summary: line.summary,
      income: new Decimal(line.debit).toFixed(2), expense: new Decimal(line.credit).toFixed(2), balance: balance.toFixed(2),
    };
  });
  return {
    account: { id: cash.id, name: cash.name, ledgerAccountId: cash.ledgerAccountId, ledgerAccountCode: ledger?.code ?? '' },
    from, to, opening, rows, closing: balance.toFixed(2), totalIncome: income.toFixed(2), totalExpense: expense.toFixed(2),
  };
}
