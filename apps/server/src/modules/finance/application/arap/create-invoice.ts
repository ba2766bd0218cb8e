import { and, eq, inArray } from 'drizzle-orm';
import type { CreateInvoiceRequest, Invoice } from '@triad/contracts';
import { newId } from '../../../../platform/db/index.ts';
import { nextNumber } from '../../../../platform/numbering/index.ts';
import { actor, tx } from '../../../../platform/tx/index.ts';
import { recordAudit } from '../../../../platform/audit/index.ts';
import { assertPartner } from '../../../partners/index.ts';
import { departments } from '../../../org/index.ts';
import { arapErrors } from '../../arap.errors.ts';
import { financeErrors } from '../../errors.ts';
import { addDays } from '../../domain/arap/dates.ts';
import { priceInvoice, taxByRate, type PricedInvoice } from '../../domain/arap/invoice-lines.ts';
import { accountsById } from '../../infra/arap/accounts.query.ts';
import { insertInvoice } from '../../infra/arap/invoices.repository.ts';
import { postDocument, type PostingLine } from '../ledger/index.ts';
import { invoiceDocType, invoiceSourceType } from './doc-types.ts';
import { getInvoice } from './invoice-view.ts';
import { recordOpenItem } from './record-open-item.ts';

type Kind = 'receivable' | 'payable';

async function checkReferences(lines: readonly { accountId: string; departmentId?: string | null }[]): Promise<void> {
  const accounts = await accountsById(lines.map((l) => l.accountId));
  for (const line of lines) {
    const account = accounts.get(line.accountId);
    if (!account) throw arapErrors['finance.arap.accountNotFound'](undefined, { accountId: line.accountId });
    if (!account.isLeaf || !account.enabled) throw financeErrors['finance.account.notPostable'](undefined, { accountId: line.accountId, code: account.code });
  }
  const departmentIds = [...new Set(lines.map((l) => l.departmentId).filter((d): d is string => !!d))];
  if (departmentIds.length) {
    const found = await tx().select({ id: departments.id }).from(departments)
      .where(and(eq(departments.tenantId, actor().tenantId), inArray(departments.id, departmentIds)));
    if (found.length !== departmentIds.length) throw arapErrors['finance.arap.departmentNotFound']();
  }
}

/**
 * The voucher of an invoice. 应收单: Dr 应收账款 (partner) gross / Cr the line accounts net /
 * Cr 销项税额 per rate. 应付单: Dr the line accounts net + 进项税额 per rate / Cr 应付账款 (partner) gross.
 */
export function invoicePostingLines(kind: Kind, partnerId: string, priced: PricedInvoice, summary: string): PostingLine[] {
  const own: 'debit' | 'credit' = kind === 'receivable' ? 'debit' : 'credit';
  const other: 'debit' | 'credit' = kind === 'receivable' ? 'credit' : 'debit';
  return [
    { role: kind, side: own, amount: priced.gross, partnerId, summary },
    ...priced.lines.map((line): PostingLine => ({
      role: kind === 'receivable' ? 'revenue' : 'expense', side: other, amount: line.net, accountId: line.accountId,
      departmentId: line.departmentId, summary: line.description,
    })),
    ...taxByRate(priced.lines).map(({ rate, tax }): PostingLine => ({
      role: kind === 'receivable' ? 'vatOutput' : 'vatInput', side: other, amount: tax, taxRate: rate, summary,
    })),
  ];
}

/** 应收单/应付单: priced, posted and recorded as an open item, all in the caller's transaction. */
export async function createInvoice(input: CreateInvoiceRequest): Promise<Invoice> {
  const partner = await assertPartner(input.partnerId, input.kind === 'receivable' ? 'customer' : 'supplier');
  const dueDate = input.dueDate ?? addDays(input.documentDate, partner.paymentTermDays);
  if (dueDate < input.documentDate) throw arapErrors['finance.arap.dueBeforeDocument']();
  await checkReferences(input.lines);
  const lines = input.lines.map((l) => ({ ...l, taxRate: l.taxRate ?? '0.13' }));
  const priced = priceInvoice(lines, input.taxInclusive ?? true);
  if (Number(priced.gross) <= 0) throw arapErrors['finance.arap.zeroAmount']();

  const id = newId();
  const number = await nextNumber(invoiceDocType[input.kind], new Date(`${input.documentDate}T12:00:00+08:00`));
  const label = input.kind === 'receivable' ? '应收' : '应付';
  const summary = input.summary?.trim() || `${label} ${partner.name} ${number}`;
  const source = { type: invoiceSourceType, id, number };
  const voucher = await postDocument({
    source, date: input.documentDate, word: 'zhuan', summary,
    lines: invoicePostingLines(input.kind, partner.id, priced, summary),
  });
  await insertInvoice({
    id, tenantId: actor().tenantId, kind: input.kind, number, partnerId: partner.id, documentDate: input.documentDate, dueDate,
    taxInclusive: input.taxInclusive ?? true,
    lines: priced.lines.map((l) => ({ description: l.description, accountId: l.accountId, quantity: l.quantity, price: l.price, taxRate: l.taxRate, net: l.net, tax: l.tax, gross: l.gross, departmentId: l.departmentId })),
    netAmount: priced.net, taxAmount: priced.tax, grossAmount: priced.gross,
    voucherId: voucher.voucherId, summary: input.summary ?? null, createdBy: actor().userId ?? null,
  });
  await recordOpenItem({ kind: input.kind, partnerId: partner.id, source, documentDate: input.documentDate, dueDate, amount: priced.gross, voucherId: voucher.voucherId, summary });
  await recordAudit({ entity: 'finInvoice', entityId: id, action: 'create', after: { number, kind: input.kind, gross: priced.gross } });
  return getInvoice(id);
}
