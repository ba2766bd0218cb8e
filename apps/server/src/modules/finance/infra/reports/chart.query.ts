import { and, asc, eq, gte, lte } from 'drizzle-orm';
import { tx } from '../../../../platform/tx/index.ts';
import { finAccounts, finPeriods } from '../finance.tables.ts';

export interface ChartAccount {
  id: string; code: string; name: string; parentId: string | null; level: number;
  category: string; direction: 'debit' | 'credit'; isLeaf: boolean;
}

const columns = {
  id: finAccounts.id, code: finAccounts.code, name: finAccounts.name, parentId: finAccounts.parentId, level: finAccounts.level,
  category: finAccounts.category, direction: finAccounts.direction, isLeaf: finAccounts.isLeaf,
};

/** The tenant's whole chart (a few hundred rows at most), by code. */
export function loadChart(): Promise<ChartAccount[]> {
  return tx().select(columns).from(finAccounts).orderBy(asc(finAccounts.code));
}

/** One account of the tenant (RLS hides other tenants' accounts), or null. */
export async function findChartAccount(id: string): Promise<ChartAccount | null> {
  const [row] = await tx().select(columns).from(finAccounts).where(eq(finAccounts.id, id));
  return row ?? null;
}

export async function findChartAccountByCode(code: string): Promise<ChartAccount | null> {
  const [row] = await tx().select(columns).from(finAccounts).where(eq(finAccounts.code, code));
  return row ?? null;
}

/** The tenant's periods (YYYYMM) between two periods. */
export async function periodsBetween(from: number, to: number): Promise<number[]> {
  const rows = await tx().select({ period: finPeriods.period }).from(finPeriods)
    .where(and(gte(finPeriods.period, from), lte(finPeriods.period, to))).orderBy(asc(finPeriods.period));
  return rows.map((r) => r.period);
}
