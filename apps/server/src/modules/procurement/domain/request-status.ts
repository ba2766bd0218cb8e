import Decimal from 'decimal.js';

/** One request line as its orders see it, everything in the item's base unit. */
export interface RequestLineProgress {
  quantity: string;
  /** On orders that are confirmed or further along. */
  ordered: string;
  /** Received net of returns. */
  received: string;
  billed: string;
}

export type LiveRequestStatus = 'approved' | 'ordered' | 'partlyReceived' | 'received' | 'billed' | 'paid';

/** The request statuses that follow from its orders; before approval and after cancelling the status is set by hand. */
export const liveRequestStatuses: readonly LiveRequestStatus[] = ['approved', 'ordered', 'partlyReceived', 'received', 'billed', 'paid'];

/**
 * 采购申请的实时状态: approved → ordered (every line on a confirmed order) → partly received →
 * received (every line received in full, net of returns) → billed (everything received is
 * billed) → paid (every bill on those orders is paid). A return can move it back.
 */
export function deriveRequestStatus(lines: readonly RequestLineProgress[], billsAllPaid: boolean): LiveRequestStatus {
  if (lines.length === 0) return 'approved';
  const d = (v: string) => new Decimal(v);
  const allReceived = lines.every((l) => d(l.received).gte(l.quantity));
  const anyReceived = lines.some((l) => d(l.received).gt(0));
  if (allReceived) {
    const allBilled = lines.every((l) => d(l.billed).gte(l.received));
    if (!allBilled) return 'received';
    return billsAllPaid ? 'paid' : 'billed';
  }
  if (anyReceived) return 'partlyReceived';
  return lines.every((l) => d(l.ordered).gte(l.quantity)) ? 'ordered' : 'approved';
}
