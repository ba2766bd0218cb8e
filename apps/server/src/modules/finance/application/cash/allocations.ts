import Decimal from 'decimal.js';
import { arapErrors } from '../../arap.errors.ts';
import { cashErrors } from '../../cash.errors.ts';
import { findOpenItems, type OpenItemRow } from '../../infra/arap/open-items.repository.ts';

export interface Allocation { openItemId: string; amount: string }

/**
 * Checks what a payment wants to settle: existing open items of its partner and kind (payments
 * settle payables, receipts receivables), each no more than still open, together no more than the
 * payment. Execution re-checks the open amounts under row locks.
 */
export async function checkAllocations(input: { direction: 'in' | 'out'; partnerId: string | null; amount: string; allocations: readonly Allocation[] }): Promise<Map<string, OpenItemRow>> {
  const ids = input.allocations.map((a) => a.openItemId);
  if (new Set(ids).size !== ids.length) throw cashErrors['finance.payment.duplicateAllocation']();
  const total = input.allocations.reduce((sum, a) => sum.plus(a.amount), new Decimal(0));
  if (total.greaterThan(input.amount)) throw cashErrors['finance.payment.overAllocated'](undefined, { allocated: total.toFixed(2), amount: input.amount });
  const items = new Map((await findOpenItems(ids)).map((i) => [i.id, i]));
  const kind = input.direction === 'out' ? 'payable' : 'receivable';
  for (const a of input.allocations) {
    const item = items.get(a.openItemId);
    if (!item) throw arapErrors['finance.arap.openItemNotFound'](undefined, { openItemId: a.openItemId });
    if (item.kind !== kind || item.partnerId !== input.partnerId) throw cashErrors['finance.payment.allocationMismatch'](undefined, { openItemId: a.openItemId });
    const open = new Decimal(item.amount).minus(item.settled);
    if (new Decimal(a.amount).greaterThan(open)) {
      throw cashErrors['finance.payment.allocationExceedsOpen'](undefined, { openItemId: a.openItemId, open: open.toFixed(2), amount: a.amount });
    }
  }
  return items;
}
