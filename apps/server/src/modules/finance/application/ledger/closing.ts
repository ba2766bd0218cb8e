import Decimal from 'decimal.js';
import { recordAudit } from '../../../../platform/audit/index.ts';
import { financeErrors } from '../../errors.ts';
import { ledgerErrors } from '../../ledger.errors.ts';
import { carryForwardLines, yearEndLines, type ClosingLine } from '../../domain/ledger/carry-forward.ts';
import { isDecember, lastDayOf } from '../../domain/ledger/periods.ts';
import { findAccountByCode } from '../../infra/ledger/accounts.repository.ts';
import { accountSums, profitLossNets } from '../../infra/ledger/closing.queries.ts';
import { findPeriod, setYearEndVoucher } from '../../infra/ledger/periods.repository.ts';
import { assertPostableLines, postStoredVoucher, storeDraft, type StoredLine } from './voucher-store.ts';

const profitCode = '4103'; // 本年利润
const retainedCode = '410401'; // 利润分配—未分配利润

async function accountId(code: string): Promise<string> {
  const a = await findAccountByCode(code);
  if (!a) throw financeErrors['finance.account.notFound'](undefined, { code });
  return a.id;
}

async function openPeriodOrThrow(period: number): Promise<void> {
  const row = await findPeriod(period, true);
  if (!row) throw ledgerErrors['finance.period.notFound']();
  if (row.status !== 'open') throw financeErrors['finance.period.closed']();
}

async function postClosingVoucher(period: number, summary: string, kind: 'profitLoss' | 'yearEnd', lines: ClosingLine[]): Promise<{ voucherId: string; number: string }> {
  const stored: StoredLine[] = lines.map((l) => ({ summary, accountId: l.accountId, debit: l.debit, credit: l.credit, ...l.dims }));
  await assertPostableLines(stored, false);
  const draft = await storeDraft({ word: 'zhuan', date: lastDayOf(period), summary, lines: stored, closingKind: kind });
  await postStoredVoucher(draft.id);
  await recordAudit({ entity: 'finVoucher', entityId: draft.id, action: kind === 'yearEnd' ? 'yearEnd' : 'carryForward', after: { period, number: draft.number } });
  return { voucherId: draft.id, number: draft.number };
}

/** Account-level P&L nets of the period that are not zero (what closing refuses to leave behind). */
export async function uncarriedProfitLoss(period: number): Promise<string[]> {
  const byAccount = new Map<string, Decimal>();
  for (const n of await profitLossNets(period)) {
    byAccount.set(n.accountId, (byAccount.get(n.accountId) ?? new Decimal(0)).plus(n.debit).minus(n.credit));
  }
  return [...byAccount].filter(([, net]) => !net.isZero()).map(([id]) => id);
}

/**
 * 结转损益: one 转 voucher dated on the period's last day moving every P&L account's posted net
 * (per dimension values) into 4103 本年利润. Postings after an earlier carry-forward are moved by
 * another voucher for the difference, since the nets already include the earlier one.
 */
export async function carryForward(period: number): Promise<{ voucherId: string | null; number?: string }> {
  await openPeriodOrThrow(period);
  const nets = (await profitLossNets(period)).map((n) => ({
    accountId: n.accountId, debit: n.debit, credit: n.credit,
    dims: { partnerId: n.partnerId, departmentId: n.departmentId, employeeId: n.employeeId, projectId: n.projectId, itemId: n.itemId },
  }));
  const lines = carryForwardLines(nets, await accountId(profitCode));
  if (lines.length === 0) return { voucherId: null };
  return postClosingVoucher(period, `结转损益 ${Math.floor(period / 100)}年${period % 100}月`, 'profitLoss', lines);
}

/** The year's net of 本年利润 that year-end has not yet moved to 未分配利润. */
export async function profitOfYearLeft(period: number): Promise<{ debit: string; credit: string; profitAccountId: string }> {
  const year = Math.floor(period / 100);
  const profitAccountId = await accountId(profitCode);
  return { ...(await accountSums(profitAccountId, year * 100 + 1, year * 100 + 12)), profitAccountId };
}

/**
 * 年结 of a December period: carry forward the month, then move the year's 本年利润 balance to
 * 利润分配—未分配利润 (closing_kind yearEnd). Closing December and opening January follow in the caller.
 */
export async function yearEndVouchers(period: number): Promise<string | null> {
  if (!isDecember(period)) throw ledgerErrors['finance.period.notDecember']();
  await carryForward(period);
  const left = await profitOfYearLeft(period);
  const lines = yearEndLines(left.profitAccountId, await accountId(retainedCode), left.debit, left.credit);
  if (lines.length === 0) return null;
  const v = await postClosingVoucher(period, `年末结转本年利润 ${Math.floor(period / 100)}年`, 'yearEnd', lines);
  await setYearEndVoucher(period, v.voucherId);
  return v.voucherId;
}
