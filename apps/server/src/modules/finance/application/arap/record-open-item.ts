import Decimal from 'decimal.js';
import { newId } from '../../../../platform/db/index.ts';
import { actor } from '../../../../platform/tx/index.ts';
import { arapErrors } from '../../arap.errors.ts';
import { addDays } from '../../domain/arap/dates.ts';
import { assertPartner } from '../../../partners/index.ts';
import { insertOpenItem } from '../../infra/arap/open-items.repository.ts';

export interface RecordOpenItemInput {
  kind: 'receivable' | 'payable';
  partnerId: string;
  source: { type: string; id: string; number: string };
  documentDate: string;
  /** Defaults to the document date plus the partner's payment terms (账期). */
  dueDate?: string | null;
  amount: string;
  voucherId?: string | null;
  summary?: string | null;
}

/**
 * Records what a partner owes us (receivable) or we owe them (payable) for one document, in the
 * caller's transaction, so payments and receipts can settle it. One open item per source document.
 */
export async function recordOpenItem(input: RecordOpenItemInput): Promise<{ openItemId: string }> {
  const amount = new Decimal(input.amount).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  if (amount.lte(0)) throw arapErrors['finance.arap.zeroAmount']();
  const partner = await assertPartner(input.partnerId);
  const dueDate = input.dueDate ?? addDays(input.documentDate, partner.paymentTermDays);
  if (dueDate < input.documentDate) throw arapErrors['finance.arap.dueBeforeDocument']();
  const row = await insertOpenItem({
    id: newId(),
    tenantId: actor().tenantId,
    kind: input.kind,
    partnerId: input.partnerId,
    sourceType: input.source.type,
    sourceId: input.source.id,
    sourceNumber: input.source.number,
    documentDate: input.documentDate,
    dueDate,
    amount: amount.toFixed(2),
    voucherId: input.voucherId ?? null,
    summary: input.summary ?? null,
  });
  return { openItemId: row.id };
}
