import Decimal from 'decimal.js';
import type { BestSupplierPriceQuery, BestSupplierPriceResponse, CreateSupplierPriceRequest, SupplierPrice, SupplierPriceListQuery, UpdateSupplierPriceRequest } from '@triad/contracts';
import { recordAudit } from '../../../../platform/audit/index.ts';
import { newId } from '../../../../platform/db/index.ts';
import { actor } from '../../../../platform/tx/index.ts';
import { itemsByIds, resolveItemLines } from '../../../catalog/index.ts';
import { assertPartner, partnerNames } from '../../../partners/index.ts';
import { sourcingErrors } from '../../sourcing.errors.ts';
import { bestSupplierPrice } from './best-supplier-price.ts';
import { todayInChina } from './dates.ts';
import {
  deleteSupplierPriceRow, findSupplierPrice, insertSupplierPrice, listSupplierPriceViews, updateSupplierPriceRow,
} from './supplier-prices.query.ts';

/** A price is kept per purchase unit by default: that is how suppliers quote. */
async function purchaseUnitOf(itemId: string, unitId: string | null | undefined): Promise<string> {
  if (unitId) return unitId;
  const item = (await itemsByIds([itemId])).get(itemId);
  return item?.purchaseUnitId ?? item?.baseUnitId ?? '';
}

/** The item must be in the catalog and enabled, the unit one of its units. */
async function checkItemUnit(itemId: string, unitId: string | null | undefined): Promise<string> {
  const [line] = await resolveItemLines([{ itemId, unitId: unitId || (await purchaseUnitOf(itemId, null)) || null, quantity: '1' }]);
  if (!line) throw new Error('resolveItemLines returned no line');
  return line.unitId;
}

function checkDates(from: string | null | undefined, to: string | null | undefined): void {
  if (from && to && to < from) throw sourcingErrors['procurement.supplierPrice.badDates']();
}

export async function listSupplierPrices(query: SupplierPriceListQuery): Promise<{ items: SupplierPrice[] }> {
  return { items: await listSupplierPriceViews(query, todayInChina()) };
}

export async function getSupplierPrice(id: string): Promise<SupplierPrice> {
  const [view] = await listSupplierPriceViews({ id }, todayInChina());
  if (!view) throw sourcingErrors['procurement.supplierPrice.notFound']();
  return view;
}

/** 新增价目: one supplier's price for an item in a unit, from a minimum quantity, within dates. */
export async function createSupplierPrice(input: CreateSupplierPriceRequest, sourceRfqId: string | null = null): Promise<SupplierPrice> {
  await assertPartner(input.supplierId, 'supplier');
  const unitId = await checkItemUnit(input.itemId, input.unitId);
  checkDates(input.validFrom, input.validTo);
  const item = (await itemsByIds([input.itemId])).get(input.itemId);
  const id = newId();
  await insertSupplierPrice({
    id, tenantId: actor().tenantId, supplierId: input.supplierId, itemId: input.itemId, unitId,
    price: new Decimal(input.price).toFixed(6), taxRate: input.taxRate ?? item?.taxRate ?? '13', minQty: input.minQty ?? '0',
    leadTimeDays: input.leadTimeDays ?? 0, validFrom: input.validFrom ?? null, validTo: input.validTo ?? null, sourceRfqId,
  });
  await recordAudit({ entity: 'supplierPrice', entityId: id, action: 'create', after: { supplierId: input.supplierId, itemId: input.itemId, unitId, price: input.price } });
  return getSupplierPrice(id);
}

export async function updateSupplierPrice(id: string, input: UpdateSupplierPriceRequest): Promise<SupplierPrice> {
  const row = await findSupplierPrice(id);
  if (!row) throw sourcingErrors['procurement.supplierPrice.notFound']();
  const unitId = input.unitId ? await checkItemUnit(row.itemId, input.unitId) : row.unitId;
  const validFrom = input.validFrom === undefined ? row.validFrom : input.validFrom;
  const validTo = input.validTo === undefined ? row.validTo : input.validTo;
  checkDates(validFrom, validTo);
  const changes = {
    unitId, validFrom, validTo,
    ...(input.price !== undefined ? { price: new Decimal(input.price).toFixed(6) } : {}),
    ...(input.taxRate !== undefined ? { taxRate: input.taxRate } : {}),
    ...(input.minQty !== undefined ? { minQty: input.minQty } : {}),
    ...(input.leadTimeDays !== undefined ? { leadTimeDays: input.leadTimeDays } : {}),
  };
  await updateSupplierPriceRow(id, changes);
  await recordAudit({ entity: 'supplierPrice', entityId: id, action: 'update', before: { price: row.price, unitId: row.unitId, validFrom: row.validFrom, validTo: row.validTo }, after: changes });
  return getSupplierPrice(id);
}

export async function deleteSupplierPrice(id: string): Promise<{ ok: true }> {
  const row = await findSupplierPrice(id);
  if (!row || !(await deleteSupplierPriceRow(id))) throw sourcingErrors['procurement.supplierPrice.notFound']();
  await recordAudit({ entity: 'supplierPrice', entityId: id, action: 'delete', before: { supplierId: row.supplierId, itemId: row.itemId, price: row.price } });
  return { ok: true };
}

/** GET /supplier-prices/best: what an order for this item would cost from the best supplier. */
export async function bestSupplierPriceView(query: BestSupplierPriceQuery): Promise<BestSupplierPriceResponse> {
  const unitId = await checkItemUnit(query.itemId, query.unitId);
  const best = await bestSupplierPrice(query.itemId, unitId, query.quantity ?? '1', query.date ?? todayInChina());
  if (!best) return { best: null };
  const names = await partnerNames([best.supplierId]);
  return { best: { ...best, unitId, supplierName: names.get(best.supplierId) ?? '' } };
}
