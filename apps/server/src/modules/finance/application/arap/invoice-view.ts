import { and, eq, inArray } from 'drizzle-orm';
import Decimal from 'decimal.js';
import type { Invoice, InvoiceSummary } from '@triad/contracts';
import { tx } from '../../../../platform/tx/index.ts';
import { partnerNames } from '../../../partners/index.ts';
import { departments } from '../../../org/index.ts';
import { arapErrors } from '../../arap.errors.ts';
import { finOpenItems, finVouchers } from '../../infra/finance.tables.ts';
import { accountsById } from '../../infra/arap/accounts.query.ts';
import { findInvoice, type InvoiceRow } from '../../infra/arap/invoices.repository.ts';
import { ownOpenItems } from '../../infra/arap/open-items.repository.ts';
import { invoiceSourceType } from './doc-types.ts';

async function openItemsOf(ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, { id: string; settled: string; amount: string }>();
  const rows = await tx().select({ id: finOpenItems.id, sourceId: finOpenItems.sourceId, settled: finOpenItems.settled, amount: finOpenItems.amount })
    .from(finOpenItems).where(and(ownOpenItems(), eq(finOpenItems.sourceType, invoiceSourceType), inArray(finOpenItems.sourceId, [...ids])));
  return new Map(rows.map((r) => [r.sourceId, r]));
}

/** Invoices as lists show them: partner names and what is still open. */
export async function presentInvoices(rows: readonly InvoiceRow[]): Promise<(InvoiceSummary & { openItemId: string | null })[]> {
  const names = await partnerNames(rows.map((r) => r.partnerId));
  const items = await openItemsOf(rows.map((r) => r.id));
  return rows.map((r) => {
    const item = items.get(r.id);
    const settled = item?.settled ?? '0.00';
    const open = r.status === 'cancelled' ? '0.00' : new Decimal(r.grossAmount).minus(settled).toFixed(2);
    return {
      id: r.id, kind: r.kind, number: r.number, partnerId: r.partnerId, partnerName: names.get(r.partnerId) ?? null,
      documentDate: r.documentDate, dueDate: r.dueDate, taxInclusive: r.taxInclusive,
      netAmount: r.netAmount, taxAmount: r.taxAmount, grossAmount: r.grossAmount, settled: new Decimal(settled).toFixed(2), open,
      status: r.status, voucherId: r.voucherId, summary: r.summary, openItemId: item?.id ?? null,
    };
  });
}

export async function getInvoice(id: string): Promise<Invoice> {
  const row = await findInvoice(id);
  if (!row) throw arapErrors['finance.arap.invoiceNotFound']();
  const [summary] = await presentInvoices([row]);
  if (!summary) throw arapErrors['finance.arap.invoiceNotFound']();
  const accounts = await accountsById(row.lines.map((l) => l.accountId));
  const departmentIds = [...new Set(row.lines.flatMap((l) => (l.departmentId ? [l.departmentId] : [])))];
  const departmentNames = new Map(departmentIds.length
    ? (await tx().select({ id: departments.id, name: departments.name }).from(departments).where(inArray(departments.id, departmentIds))).map((d) => [d.id, d.name])
    : []);
  const [voucher] = row.voucherId ? await tx().select({ number: finVouchers.number }).from(finVouchers).where(eq(finVouchers.id, row.voucherId)) : [];
  return {
    ...summary,
    voucherNumber: voucher?.number ?? null,
    lines: row.lines.map((l) => ({
      description: l.description, accountId: l.accountId, accountCode: accounts.get(l.accountId)?.code ?? null, accountName: accounts.get(l.accountId)?.name ?? null,
      quantity: l.quantity, price: l.price, taxRate: l.taxRate, net: l.net, tax: l.tax, gross: l.gross, departmentId: l.departmentId ?? null,
      departmentName: l.departmentId ? departmentNames.get(l.departmentId) ?? null : null,
    })),
  };
}
