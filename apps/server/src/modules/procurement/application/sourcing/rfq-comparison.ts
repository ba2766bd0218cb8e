import type { RfqComparison } from '@triad/contracts';
import { compareQuotes } from './quote-comparison.ts';
import { getRfq } from './rfq-view.ts';

/** GET /procurement/rfqs/:id/comparison — the side-by-side view of the quotes entered. */
export async function rfqComparison(id: string): Promise<RfqComparison> {
  const rfq = await getRfq(id);
  return compareQuotes(rfq.id, rfq.suppliers, rfq.lines, rfq.quotes);
}
