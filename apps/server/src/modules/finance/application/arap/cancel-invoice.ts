import type { Invoice } from '@triad/contracts';
import { recordAudit } from '../../../../platform/audit/index.ts';
import { arapErrors } from '../../arap.errors.ts';
import { findInvoice, setInvoice } from '../../infra/arap/invoices.repository.ts';
import { deleteUnsettledOpenItem, findOpenItemBySource } from '../../infra/arap/open-items.repository.ts';
import { reverseDocumentPosting } from '../ledger/index.ts';
import { invoiceSourceType } from './doc-types.ts';
import { getInvoice } from './invoice-view.ts';

/**
 * 作废: only an invoice nothing has settled yet. Its voucher is reversed in red ink (dated today,
 * or `date`, in an open period) and its open item is deleted rather than zeroed — the database
 * keeps an open item's amount positive, and a cancelled invoice owes nothing.
 */
export async function cancelInvoice(id: string, date?: string): Promise<Invoice> {
  const row = await findInvoice(id, true);
  if (!row) throw arapErrors['finance.arap.invoiceNotFound']();
  if (row.status === 'cancelled') throw arapErrors['finance.arap.invoiceCancelled']();
  const item = await findOpenItemBySource(row.kind, invoiceSourceType, row.id);
  if (item && !(await deleteUnsettledOpenItem(item.id))) throw arapErrors['finance.arap.invoiceSettled']();
  await reverseDocumentPosting({ type: invoiceSourceType, id: row.id }, date);
  await setInvoice(id, { status: 'cancelled' });
  await recordAudit({ entity: 'finInvoice', entityId: id, action: 'cancel', before: { status: row.status }, after: { status: 'cancelled' } });
  return getInvoice(id);
}
