import { and, eq, inArray } from 'drizzle-orm';
import { actor, tx } from '../../../../platform/tx/index.ts';
import { purchaseRequests } from '../../infra/procurement.tables.ts';

export interface PurchaseRequestRef { id: string; number: string; requesterId: string; departmentId: string | null; status: string }

/** Who asked for what: number, requester and department of purchase requests (for notices). */
export async function purchaseRequestRefs(ids: readonly string[]): Promise<PurchaseRequestRef[]> {
  if (ids.length === 0) return [];
  return tx().select({
    id: purchaseRequests.id, number: purchaseRequests.number, requesterId: purchaseRequests.requesterId,
    departmentId: purchaseRequests.departmentId, status: purchaseRequests.status,
  }).from(purchaseRequests).where(and(eq(purchaseRequests.tenantId, actor().tenantId), inArray(purchaseRequests.id, [...new Set(ids)])));
}
