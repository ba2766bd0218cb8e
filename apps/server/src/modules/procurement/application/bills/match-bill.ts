import type { BillMatchResult, CreateSupplierBillRequest } from '@triad/contracts';
import { assertPartner } from '../../../partners/index.ts';
import { readSettings } from '../../infra/settings.repository.ts';
import { receiptLineFacts, type BillableFacts } from './receipt-line-facts.query.ts';
import { matchBill } from './three-way-match.ts';

/**
 * Runs the three-way match of a bill as entered. `lock` (when the bill is about to be written)
 * holds the receipt lines until the transaction ends.
 */
export async function runBillMatch(input: CreateSupplierBillRequest, lock: boolean): Promise<{ result: BillMatchResult; facts: Map<string, BillableFacts> }> {
  await assertPartner(input.supplierId, 'supplier');
  const facts = await receiptLineFacts(input.lines.map((l) => l.receiptLineId), lock);
  const result = matchBill(input.supplierId, input.lines, facts, await readSettings());
  return { result, facts };
}

/** POST /procurement/bills/match: the match preview the bill form shows; writes nothing. */
export async function previewBillMatch(input: CreateSupplierBillRequest): Promise<BillMatchResult> {
  return (await runBillMatch(input, false)).result;
}
