import { recordAudit } from '../../../../platform/audit/index.ts';
import { assertWarehouse } from '../../../catalog/index.ts';
import { assertPartner } from '../../../partners/index.ts';
import { orderErrors } from '../../orders.errors.ts';
import { findOrder, orderLines, replaceOrder } from '../../infra/orders.repository.ts';
import { syncOrderedQuantities } from '../requests/ordered-quantities.ts';
import type { NewPurchaseOrder } from './create-order.ts';
import { prepareOrderLines } from './prepare-lines.ts';

/** 修改订单: only a draft or a rejected order; the lines are replaced as a whole. */
export async function updateOrder(id: string, input: Omit<NewPurchaseOrder, 'status' | 'rfqId' | 'requestId'>): Promise<void> {
  const order = await findOrder(id, true);
  if (!order) throw orderErrors['procurement.order.notFound']();
  if (order.status !== 'draft' && order.status !== 'rejected') throw orderErrors['procurement.order.badStatus']({ status: order.status }, { status: order.status });
  await assertPartner(input.supplierId, 'supplier');
  await assertWarehouse(input.warehouseId);
  const before = await orderLines(id);
  const prepared = await prepareOrderLines(id, input.lines);
  await replaceOrder(id, {
    supplierId: input.supplierId, warehouseId: input.warehouseId, orderDate: input.orderDate ?? order.orderDate,
    expectedDate: input.expectedDate ?? null, note: input.note ?? null,
    netAmount: prepared.totals.net, taxAmount: prepared.totals.tax, grossAmount: prepared.totals.gross,
  }, prepared.rows);
  await syncOrderedQuantities([...before, ...prepared.rows].flatMap((r) => (r.requestLineId ? [r.requestLineId] : [])));
  await recordAudit({ entity: 'purchaseOrder', entityId: id, action: 'update', before: { grossAmount: order.grossAmount }, after: { grossAmount: prepared.totals.gross } });
}
