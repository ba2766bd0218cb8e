import { and, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { tx } from '../../../../platform/tx/index.ts';
import { departments, users } from '../../../org/index.ts';
import { finAccounts, finProjects, finVoucherLines, finVouchers } from '../finance.tables.ts';

/** Columns inside correlated sub-selects are written qualified: drizzle would print them bare. */
const userName = (column: 'created_by' | 'posted_by') => sql<string | null>`(select u.display_name from ${users} u where u.id = ${sql.raw(`fin_vouchers.${column}`)})`;

export const voucherSummaryColumns = {
  id: finVouchers.id, period: finVouchers.period, word: finVouchers.word, number: finVouchers.number, voucherDate: finVouchers.voucherDate,
  status: finVouchers.status, summary: finVouchers.summary, totalDebit: finVouchers.totalDebit, totalCredit: finVouchers.totalCredit,
  sourceType: finVouchers.sourceType, sourceId: finVouchers.sourceId, sourceNumber: finVouchers.sourceNumber, reversalOfId: finVouchers.reversalOfId,
  reversedById: finVouchers.reversedById, createdByName: userName('created_by'),
  // Drafts have no stored totals yet: show the sums of their lines.
  draftDebit: sql<string>`(select coalesce(sum(l.debit), 0)::text from ${finVoucherLines} l where l.voucher_id = fin_vouchers.id)`,
  draftCredit: sql<string>`(select coalesce(sum(l.credit), 0)::text from ${finVoucherLines} l where l.voucher_id = fin_vouchers.id)`,
};

export function selectVoucherSummaries(where: (SQL | undefined)[]) {
  return tx().select(voucherSummaryColumns).from(finVouchers).where(and(...where));
}

export function searchCondition(pattern: string): SQL | undefined {
  return or(ilike(finVouchers.summary, pattern), ilike(finVouchers.number, pattern), ilike(finVouchers.sourceNumber, pattern));
}

export async function selectVoucherHead(id: string) {
  const [row] = await tx().select({
    ...voucherSummaryColumns, sourceId: finVouchers.sourceId, attachmentCount: finVouchers.attachmentCount,
    closingKind: finVouchers.closingKind, approvalInstanceId: finVouchers.approvalInstanceId,
    postedByName: userName('posted_by'), postedAt: finVouchers.postedAt,
  }).from(finVouchers).where(eq(finVouchers.id, id));
  return row;
}

export function selectVoucherLinesNamed(voucherId: string) {
  const l = finVoucherLines;
  return tx().select({
    lineNo: l.lineNo, summary: l.summary, accountId: l.accountId, accountCode: finAccounts.code, accountName: finAccounts.name,
    debit: l.debit, credit: l.credit, partnerId: l.partnerId,
    partnerName: sql<string | null>`(select p.name from partners p where p.id = fin_voucher_lines.partner_id)`,
    departmentId: l.departmentId, departmentName: sql<string | null>`(select d.name from ${departments} d where d.id = fin_voucher_lines.department_id)`,
    employeeId: l.employeeId, employeeName: sql<string | null>`(select u.display_name from ${users} u where u.id = fin_voucher_lines.employee_id)`,
    projectId: l.projectId, projectName: sql<string | null>`(select p.name from ${finProjects} p where p.id = fin_voucher_lines.project_id)`,
    itemId: l.itemId, taxRate: l.taxRate, cashFlowCategory: l.cashFlowCategory,
  }).from(l).innerJoin(finAccounts, eq(finAccounts.id, l.accountId)).where(eq(l.voucherId, voucherId)).orderBy(l.lineNo);
}
