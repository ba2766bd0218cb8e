/**
 * Every domain event of the system: `'<module>.<entity>.<pastVerb>'` → payload.
 * Emitters and handlers are type-checked against this one map. A new event also goes into
 * `eventTypes` below and gets a label in event-labels.ts (both checked by the compiler).
 */
export interface EventMap {
  'org.user.created': { userId: string; username: string; departmentId: string | null };
  'org.user.updated': { userId: string };
  'org.user.disabled': { userId: string };
  'org.user.enabled': { userId: string };
  'org.department.created': { departmentId: string; name: string };
  'org.role.updated': { roleId: string };
  'platform.webhook.tested': { subscriptionId: string };
  'approval.instance.submitted': ApprovalInstanceEvent;
  'approval.instance.approved': ApprovalInstanceEvent;
  'approval.instance.rejected': ApprovalInstanceEvent;
  'approval.instance.withdrawn': ApprovalInstanceEvent;
  'approval.instance.returned': ApprovalInstanceEvent;
  'partner.partner.created': { partnerId: string; code: string; name: string };
  'finance.voucher.posted': { voucherId: string; number: string; period: number; sourceType: string | null; sourceId: string | null };
  'finance.voucher.reversed': { voucherId: string; reversalId: string };
  'finance.period.closed': { period: number };
  'finance.period.reopened': { period: number; reason: string };
  /** A payment (out) or receipt (in) was executed; `allocations` are the open items it settled. */
  'finance.payment.executed': { paymentId: string; number: string; direction: 'in' | 'out'; amount: string; partnerId: string | null; sourceType: string | null; sourceId: string | null; allocations: { openItemId: string; sourceType: string; sourceId: string; amount: string; settledInFull: boolean }[] };
  'finance.payment.rejected': { paymentId: string; number: string };
  /** Available stock of an item in a warehouse fell below its reorder point (库存预警). */
  'inventory.stock.low': { itemId: string; warehouseId: string; onHand: string; available: string; reorderPoint: string; safetyStock: string };
  /** A purchase request's approval passed; the procure-to-pay flow turns it into orders. */
  'procurement.request.approved': { requestId: string; number: string; requesterId: string };
  /** A purchase order was confirmed (approved, or created from an approved request). */
  'procurement.order.confirmed': { orderId: string; number: string; supplierId: string; requestId: string | null; grossAmount: string };
  /** Goods were received into stock; `requestIds` are the purchase requests they were bought for. */
  'procurement.receipt.posted': { receiptId: string; number: string; orderId: string; orderNumber: string; supplierId: string; warehouseId: string; requestIds: string[]; receivedBy: string | null };
  /** Goods were returned to the supplier. */
  'procurement.return.posted': { returnId: string; number: string; receiptId: string; supplierId: string };
  /** A supplier bill passed the three-way match and became a payable. */
  'procurement.bill.posted': { billId: string; number: string; supplierId: string; grossAmount: string; openItemId: string; createdBy: string | null; requestIds: string[] };
  /** A supplier bill was paid in full (or in part: `paidAmount` < gross). */
  'procurement.bill.paid': { billId: string; number: string; paidAmount: string; settledInFull: boolean; requestIds: string[] };
}

/** Payload of every `approval.instance.*` event; `documentRef` names the bound business document. */
export interface ApprovalInstanceEvent {
  instanceId: string;
  number: string;
  requestTypeCode: string;
  initiatorId: string;
  documentRef: { type: string; id: string; number: string } | null;
}

export type EventType = keyof EventMap;
/** Every key of EventMap, at runtime (checked for completeness in event-labels.ts). */
export const eventTypes = [
  'org.user.created',
  'org.user.updated',
  'org.user.disabled',
  'org.user.enabled',
  'org.department.created',
  'org.role.updated',
  'platform.webhook.tested',
  'approval.instance.submitted',
  'approval.instance.approved',
  'approval.instance.rejected',
  'approval.instance.withdrawn',
  'approval.instance.returned',
  'partner.partner.created',
  'finance.voucher.posted',
  'finance.voucher.reversed',
  'finance.period.closed',
  'finance.period.reopened',
  'finance.payment.executed',
  'finance.payment.rejected',
  'inventory.stock.low',
  'procurement.request.approved',
  'procurement.order.confirmed',
  'procurement.receipt.posted',
  'procurement.return.posted',
  'procurement.bill.posted',
  'procurement.bill.paid',
] as const satisfies readonly EventType[];

/** The envelope stored with each delivery and sent to webhooks. */
export interface EventEnvelope<K extends EventType = EventType> {
  id: string;
  type: K;
  tenantId: string;
  occurredAt: string;
  actorUserId: string | null;
  payload: EventMap[K];
}
