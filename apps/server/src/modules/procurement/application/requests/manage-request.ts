import type { CreatePurchaseRequestBody } from '@triad/contracts';
import { recordAudit } from '../../../../platform/audit/index.ts';
import { newId } from '../../../../platform/db/index.ts';
import { nextNumber } from '../../../../platform/numbering/index.ts';
import { actor } from '../../../../platform/tx/index.ts';
import { getUserSummary } from '../../../org/index.ts';
import { requestErrors } from '../../requests.errors.ts';
import { findRequest, insertRequest, replaceRequest, transitionRequest, type RequestRow } from '../../infra/requests.repository.ts';
import { requestDocType } from './doc-types.ts';
import { prepareRequest } from './prepare-request.ts';

function requesterOnly(): string {
  const userId = actor().userId;
  if (!userId) throw requestErrors['procurement.request.notRequester']();
  return userId;
}

/** Loads a request the caller raised, in one of the given statuses, locked for the change. */
export async function ownRequestIn(id: string, statuses: readonly RequestRow['status'][]): Promise<RequestRow> {
  const row = await findRequest(id, true);
  if (!row) throw requestErrors['procurement.request.notFound']();
  if (row.requesterId !== requesterOnly()) throw requestErrors['procurement.request.notRequester']();
  if (!statuses.includes(row.status)) throw requestErrors['procurement.request.badStatus']({ status: row.status }, { status: row.status });
  return row;
}

/** 新建采购申请: any employee, for themself; numbered QG-…, a draft until submitted. */
export async function createRequest(input: CreatePurchaseRequestBody): Promise<{ id: string; number: string }> {
  const requesterId = requesterOnly();
  const id = newId();
  const { lines, estimatedAmount } = await prepareRequest(id, input);
  const me = await getUserSummary(requesterId);
  const number = await nextNumber(requestDocType);
  await insertRequest({
    id, tenantId: actor().tenantId, number, requesterId, departmentId: me?.departmentId ?? null, status: 'draft', purpose: input.purpose,
    neededBy: input.neededBy ?? null, warehouseId: input.warehouseId ?? null, estimatedAmount, note: input.note ?? null,
  }, lines);
  await recordAudit({ entity: 'purchaseRequest', entityId: id, action: 'create', after: { number, estimatedAmount } });
  return { id, number };
}

/** 修改: only the requester, only while draft or rejected. */
export async function updateRequest(id: string, input: CreatePurchaseRequestBody): Promise<void> {
  const row = await ownRequestIn(id, ['draft', 'rejected']);
  const { lines, estimatedAmount } = await prepareRequest(id, input);
  await replaceRequest(id, {
    purpose: input.purpose, neededBy: input.neededBy ?? null, warehouseId: input.warehouseId ?? null, note: input.note ?? null, estimatedAmount,
  }, lines);
  await recordAudit({ entity: 'purchaseRequest', entityId: id, action: 'update', before: { estimatedAmount: row.estimatedAmount }, after: { estimatedAmount } });
}

/** 取消: the requester withdraws a request nobody has ordered against yet. */
export async function cancelRequest(id: string): Promise<void> {
  const row = await ownRequestIn(id, ['draft', 'rejected']);
  await transitionRequest(id, [row.status], { status: 'cancelled' });
  await recordAudit({ entity: 'purchaseRequest', entityId: id, action: 'cancel', before: { status: row.status } });
}
