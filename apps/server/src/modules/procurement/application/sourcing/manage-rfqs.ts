import Decimal from 'decimal.js';
import type { CreateRfqRequest, PutRfqQuotesRequest, Rfq, UpdateRfqRequest } from '@triad/contracts';
import { recordAudit } from '../../../../platform/audit/index.ts';
import { newId } from '../../../../platform/db/index.ts';
import { linkDocuments } from '../../../../platform/links/index.ts';
import { nextNumber } from '../../../../platform/numbering/index.ts';
import { actor } from '../../../../platform/tx/index.ts';
import { assertWarehouse, itemsByIds, resolveItemLines } from '../../../catalog/index.ts';
import { assertPartner } from '../../../partners/index.ts';
import { findRequest, requestLines, requestLinesByIds, type RequestRow } from '../../infra/requests.repository.ts';
import { requestDocType } from '../requests/index.ts';
import { sourcingErrors } from '../../sourcing.errors.ts';
import { rfqDocType } from './doc-types.ts';
import { findRfq, insertRfq, linesOfRfq, replaceQuotes, replaceRfqLines, updateRfqRow, type RfqRow } from './rfqs.repository.ts';
import { getRfq } from './rfq-view.ts';

type LineInput = NonNullable<CreateRfqRequest['lines']>[number];

async function checkSuppliers(ids: readonly string[]): Promise<void> {
  if (new Set(ids).size !== ids.length) throw sourcingErrors['procurement.rfq.duplicateSupplier']();
  for (const id of ids) await assertPartner(id, 'supplier');
}

/** Only an approved request (or one with lines still unsourced) is bought for. */
async function sourceableRequest(requestId: string): Promise<RequestRow> {
  const request = await findRequest(requestId);
  if (!request) throw sourcingErrors['procurement.rfq.requestNotSourceable']({ status: 'notFound' });
  if (request.status !== 'approved' && request.status !== 'ordered') throw sourcingErrors['procurement.rfq.requestNotSourceable']({ status: request.status }, { status: request.status });
  return request;
}

/** The request's lines still to be ordered, as RFQ lines in their own unit. */
async function linesFromRequest(requestId: string): Promise<LineInput[]> {
  const lines = await requestLines(requestId);
  return lines.flatMap((l) => {
    const open = new Decimal(l.quantity).minus(l.orderedQty);
    return open.gt(0) ? [{ itemId: l.itemId, unitId: l.unitId, quantity: open.toFixed(), requestLineId: l.id }] : [];
  });
}

/** Items, units and quantities checked through the catalog; unit defaults to the purchase unit. */
async function prepareLines(rfqId: string, lines: readonly LineInput[], requestId: string | null) {
  if (lines.length === 0) throw sourcingErrors['procurement.rfq.noLines']();
  const info = await itemsByIds(lines.map((l) => l.itemId));
  const resolved = await resolveItemLines(lines.map((l) => ({
    itemId: l.itemId, unitId: l.unitId ?? info.get(l.itemId)?.purchaseUnitId ?? null, quantity: l.quantity,
  })));
  const requestLineIds = lines.flatMap((l) => (l.requestLineId ? [l.requestLineId] : []));
  const known = new Map((await requestLinesByIds(requestLineIds)).map((l) => [l.id, l]));
  return resolved.map((r, i) => {
    const requestLineId = lines[i]?.requestLineId ?? null;
    const rl = requestLineId ? known.get(requestLineId) : undefined;
    if (requestLineId && (!rl || rl.itemId !== r.item.id || rl.requestId !== requestId)) {
      throw sourcingErrors['procurement.rfq.requestLineMismatch']({ line: i + 1 }, { line: i + 1, requestLineId });
    }
    return { id: newId(), tenantId: actor().tenantId, rfqId, lineNo: i + 1, itemId: r.item.id, unitId: r.unitId, quantity: r.quantity, requestLineId };
  });
}

async function rfqIn(id: string, statuses: readonly RfqRow['status'][]): Promise<RfqRow> {
  const rfq = await findRfq(id, true);
  if (!rfq) throw sourcingErrors['procurement.rfq.notFound']();
  if (!statuses.includes(rfq.status)) throw sourcingErrors['procurement.rfq.badStatus']({ status: rfq.status }, { status: rfq.status });
  return rfq;
}

/** 新建询价单: from scratch or for an approved purchase request (request → rfq `sources`). */
export async function createRfq(input: CreateRfqRequest): Promise<Rfq> {
  await checkSuppliers(input.supplierIds);
  const request = input.requestId ? await sourceableRequest(input.requestId) : null;
  const warehouseId = input.warehouseId ?? request?.warehouseId ?? null;
  if (warehouseId) await assertWarehouse(warehouseId);
  const id = newId();
  const lines = await prepareLines(id, input.lines ?? (request ? await linesFromRequest(request.id) : []), request?.id ?? null);
  const number = await nextNumber(rfqDocType);
  await insertRfq({
    id, tenantId: actor().tenantId, number, title: input.title, status: 'draft', deadline: input.deadline ?? null, requestId: request?.id ?? null,
    supplierIds: input.supplierIds, warehouseId, createdBy: actor().userId ?? null,
  }, lines);
  if (request) await linkDocuments({ from: { type: requestDocType, id: request.id, number: request.number }, to: { type: rfqDocType, id, number }, relation: 'sources' });
  await recordAudit({ entity: rfqDocType, entityId: id, action: 'create', after: { number, suppliers: input.supplierIds.length, lines: lines.length } });
  return getRfq(id);
}

/** A draft may still change; once sent, the suppliers answer what they were asked. */
export async function updateRfq(id: string, input: UpdateRfqRequest): Promise<Rfq> {
  const rfq = await rfqIn(id, ['draft']);
  if (input.supplierIds) await checkSuppliers(input.supplierIds);
  if (input.warehouseId) await assertWarehouse(input.warehouseId);
  if (input.lines) await replaceRfqLines(id, await prepareLines(id, input.lines, rfq.requestId));
  const changes = {
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.deadline !== undefined ? { deadline: input.deadline } : {}),
    ...(input.supplierIds !== undefined ? { supplierIds: input.supplierIds } : {}),
    ...(input.warehouseId !== undefined ? { warehouseId: input.warehouseId } : {}),
  };
  await updateRfqRow(id, changes);
  await recordAudit({ entity: rfqDocType, entityId: id, action: 'update', after: { ...changes, lines: input.lines?.length } });
  return getRfq(id);
}

/** 发出询价: quotes can be entered from now on. */
export async function sendRfq(id: string): Promise<Rfq> {
  const rfq = await rfqIn(id, ['draft']);
  if ((await linesOfRfq(id)).length === 0) throw sourcingErrors['procurement.rfq.noLines']();
  await updateRfqRow(id, { status: 'sent' });
  await recordAudit({ entity: rfqDocType, entityId: id, action: 'send', before: { status: rfq.status }, after: { status: 'sent' } });
  return getRfq(id);
}

export async function cancelRfq(id: string): Promise<Rfq> {
  const rfq = await rfqIn(id, ['draft', 'sent']);
  await updateRfqRow(id, { status: 'cancelled' });
  await recordAudit({ entity: rfqDocType, entityId: id, action: 'cancel', before: { status: rfq.status }, after: { status: 'cancelled' } });
  return getRfq(id);
}

/**
 * 录入报价: replaces the quotes of every supplier named (so each answer can be typed as it
 * arrives). Only invited suppliers, only this RFQ's lines, one quote per line and supplier.
 */
export async function putRfqQuotes(id: string, input: PutRfqQuotesRequest): Promise<Rfq> {
  const rfq = await rfqIn(id, ['sent']);
  const lines = new Map((await linesOfRfq(id)).map((l) => [l.id, l]));
  const items = await itemsByIds([...lines.values()].map((l) => l.itemId));
  const invited = new Set(rfq.supplierIds);
  const seen = new Set<string>();
  const rows = input.quotes.map((q) => {
    if (!invited.has(q.supplierId)) throw sourcingErrors['procurement.rfq.supplierNotInvited'](undefined, { supplierId: q.supplierId });
    const line = lines.get(q.rfqLineId);
    if (!line) throw sourcingErrors['procurement.rfq.lineNotFound'](undefined, { rfqLineId: q.rfqLineId });
    const key = `${q.rfqLineId}:${q.supplierId}`;
    if (seen.has(key)) throw sourcingErrors['procurement.rfq.duplicateQuote'](undefined, { rfqLineId: q.rfqLineId, supplierId: q.supplierId });
    seen.add(key);
    return {
      id: newId(), tenantId: actor().tenantId, rfqId: id, rfqLineId: q.rfqLineId, supplierId: q.supplierId, price: new Decimal(q.price).toFixed(6),
      taxRate: q.taxRate ?? items.get(line.itemId)?.taxRate ?? '13', leadTimeDays: q.leadTimeDays ?? 0, note: q.note ?? null,
    };
  });
  for (const s of input.clearSupplierIds ?? []) {
    if (!invited.has(s)) throw sourcingErrors['procurement.rfq.supplierNotInvited'](undefined, { supplierId: s });
  }
  const suppliers = [...new Set([...rows.map((r) => r.supplierId), ...(input.clearSupplierIds ?? [])])];
  await replaceQuotes(id, suppliers, rows);
  await recordAudit({ entity: rfqDocType, entityId: id, action: 'quotes', after: { suppliers, quotes: rows.length } });
  return getRfq(id);
}
