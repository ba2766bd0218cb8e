import { financeErrors } from '../../errors.ts';
import { findChartAccount, type ChartAccount } from '../../infra/reports/chart.query.ts';

/** The account a ledger is asked for; 404 when it is not this tenant's. */
export async function reportAccount(id: string): Promise<ChartAccount> {
  const account = await findChartAccount(id);
  if (!account) throw financeErrors['finance.account.notFound']();
  return account;
}

export const accountView = (a: ChartAccount) => ({
  id: a.id, code: a.code, name: a.name, level: a.level, isLeaf: a.isLeaf, category: a.category, direction: a.direction,
});
