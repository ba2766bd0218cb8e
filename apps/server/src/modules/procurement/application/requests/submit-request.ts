import Decimal from 'decimal.js';
import { recordAudit } from '../../../../platform/audit/index.ts';
import { submitForDocument } from '../../../approval/index.ts';
import { requestLines, transitionRequest } from '../../infra/requests.repository.ts';
import { loadNames } from '../orders/lookups.ts';
import { requestApprovalType, requestDocType } from './doc-types.ts';
import { ownRequestIn } from './manage-request.ts';

/**
 * 提交审批: the request goes to the OA 采购申请 approval with its lines written into the OA form
 * (物品 "code name", 规格, 数量, 单位, 预估单价, 金额), so approvers and finance's budget guard see
 * exactly what the OA form always showed. The approval is bound to the request.
 */
export async function submitRequest(id: string): Promise<void> {
  const row = await ownRequestIn(id, ['draft', 'rejected']);
  const lines = await requestLines(id);
  const names = await loadNames({ items: lines.map((l) => l.itemId), units: lines.map((l) => l.unitId) });
  const items = lines.map((l) => {
    const item = names.items.get(l.itemId);
    const unitPrice = new Decimal(l.quantity).isZero() ? null : new Decimal(l.amount).div(l.quantity).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
    return {
      itemName: `${item?.code ?? ''} ${item?.name ?? ''}`.trim().slice(0, 100),
      ...(item?.spec ? { spec: item.spec.slice(0, 100) } : {}),
      quantity: new Decimal(l.quantity).toFixed(),
      unit: (names.units.get(l.unitId) ?? '').slice(0, 20),
      ...(unitPrice ? { unitPrice } : {}),
      amount: l.amount,
    };
  });
  const instanceId = await submitForDocument({
    requestTypeCode: requestApprovalType,
    documentRef: { type: requestDocType, id, number: row.number },
    form: { items, purpose: row.purpose, ...(row.neededBy ? { expectedDate: row.neededBy } : {}) },
    initiatorId: row.requesterId,
  });
  await transitionRequest(id, [row.status], { status: 'pendingApproval', approvalInstanceId: instanceId });
  await recordAudit({ entity: 'purchaseRequest', entityId: id, action: 'submit', after: { approvalInstanceId: instanceId } });
}
