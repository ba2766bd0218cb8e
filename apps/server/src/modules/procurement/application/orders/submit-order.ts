import { recordAudit } from '../../../../platform/audit/index.ts';
import { submitForDocument } from '../../../approval/index.ts';
import { itemsByIds } from '../../../catalog/index.ts';
import { partnerNames } from '../../../partners/index.ts';
import { orderErrors } from '../../orders.errors.ts';
import { findOrder, orderLines, transitionOrder } from '../../infra/orders.repository.ts';
import { orderApprovalType, orderDocType } from './doc-types.ts';

/**
 * 提交审批: a draft (or rejected) manual order goes to the `purchaseOrder` approval, whose amount
 * tiers decide who signs; its outcome comes back as an approval event bound to the order.
 */
export async function submitOrder(id: string, initiatorId: string): Promise<void> {
  const order = await findOrder(id, true);
  if (!order) throw orderErrors['procurement.order.notFound']();
  if (order.status !== 'draft' && order.status !== 'rejected') throw orderErrors['procurement.order.badStatus']({ status: order.status }, { status: order.status });
  const lines = await orderLines(id);
  const items = await itemsByIds(lines.map((l) => l.itemId));
  const summary = lines.map((l) => `${items.get(l.itemId)?.name ?? ''} × ${Number(l.quantity)}`).join('；').slice(0, 500);
  const supplier = (await partnerNames([order.supplierId])).get(order.supplierId) ?? '';
  const instanceId = await submitForDocument({
    requestTypeCode: orderApprovalType,
    documentRef: { type: orderDocType, id, number: order.number },
    form: { supplier, amount: order.grossAmount, summary, ...(order.expectedDate ? { expectedDate: order.expectedDate } : {}) },
    initiatorId,
  });
  await transitionOrder(id, [order.status], { status: 'pendingApproval', approvalInstanceId: instanceId });
  await recordAudit({ entity: 'purchaseOrder', entityId: id, action: 'submit', after: { approvalInstanceId: instanceId } });
}
