import Decimal from 'decimal.js';
import { and, asc, eq, gte, ilike, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { SupplierPrice, SupplierPriceListQuery } from '@triad/contracts';
import { actor, tx } from '../../../../platform/tx/index.ts';
import { items, units } from '../../../catalog/index.ts';
import { partners } from '../../../partners/index.ts';
import { supplierPrices } from '../../infra/procurement.tables.ts';

export type SupplierPriceRow = typeof supplierPrices.$inferSelect;

const own = (): SQL => eq(supplierPrices.tenantId, actor().tenantId);

export async function findSupplierPrice(id: string): Promise<SupplierPriceRow | undefined> {
  const [row] = await tx().select().from(supplierPrices).where(and(own(), eq(supplierPrices.id, id)));
  return row;
}

export async function insertSupplierPrice(row: typeof supplierPrices.$inferInsert): Promise<void> {
  await tx().insert(supplierPrices).values(row);
}

export async function updateSupplierPriceRow(id: string, changes: Partial<typeof supplierPrices.$inferInsert>): Promise<void> {
  await tx().update(supplierPrices).set({ ...changes, updatedAt: new Date() }).where(and(own(), eq(supplierPrices.id, id)));
}

export async function deleteSupplierPriceRow(id: string): Promise<boolean> {
  const rows = await tx().delete(supplierPrices).where(and(own(), eq(supplierPrices.id, id))).returning({ id: supplierPrices.id });
  return rows.length > 0;
}

/** The entry of one supplier for an item, unit and minimum quantity (what an award overwrites). */
export async function findSameTier(supplierId: string, itemId: string, unitId: string, minQty: string): Promise<SupplierPriceRow | undefined> {
  const [row] = await tx().select().from(supplierPrices).where(and(
    own(), eq(supplierPrices.supplierId, supplierId), eq(supplierPrices.itemId, itemId), eq(supplierPrices.unitId, unitId),
    sql`${supplierPrices.minQty} = ${minQty}::numeric`,
  )).orderBy(asc(supplierPrices.createdAt)).limit(1);
  return row;
}

/** Price list entries with supplier, item and unit names, for the list page and its filters. */
export async function listSupplierPriceViews(query: SupplierPriceListQuery & { id?: string }, today: string): Promise<SupplierPrice[]> {
  const keyword = query.keyword ? `%${query.keyword.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const rows = await tx().select({
    p: supplierPrices, supplierName: partners.name, itemCode: items.code, itemName: items.name, itemSpec: items.spec, unitName: units.name,
  }).from(supplierPrices)
    .innerJoin(partners, and(eq(partners.tenantId, supplierPrices.tenantId), eq(partners.id, supplierPrices.supplierId)))
    .innerJoin(items, and(eq(items.tenantId, supplierPrices.tenantId), eq(items.id, supplierPrices.itemId)))
    .innerJoin(units, and(eq(units.tenantId, supplierPrices.tenantId), eq(units.id, supplierPrices.unitId)))
    .where(and(
      own(),
      query.id ? eq(supplierPrices.id, query.id) : undefined,
      query.supplierId ? eq(supplierPrices.supplierId, query.supplierId) : undefined,
      query.itemId ? eq(supplierPrices.itemId, query.itemId) : undefined,
      keyword ? or(ilike(items.code, keyword), ilike(items.name, keyword), ilike(partners.name, keyword)) : undefined,
      query.validOn ? and(
        or(isNull(supplierPrices.validFrom), lte(supplierPrices.validFrom, query.validOn)),
        or(isNull(supplierPrices.validTo), gte(supplierPrices.validTo, query.validOn)),
      ) : undefined,
    ))
    .orderBy(asc(items.code), asc(supplierPrices.price), asc(supplierPrices.minQty))
    .limit(1000);
  return rows.map(({ p, ...names }) => ({
    id: p.id, supplierId: p.supplierId, supplierName: names.supplierName, itemId: p.itemId, itemCode: names.itemCode, itemName: names.itemName,
    itemSpec: names.itemSpec, unitId: p.unitId, unitName: names.unitName, price: p.price, taxRate: p.taxRate, minQty: new Decimal(p.minQty).toFixed(),
    leadTimeDays: p.leadTimeDays, validFrom: p.validFrom, validTo: p.validTo,
    current: (!p.validFrom || p.validFrom <= today) && (!p.validTo || p.validTo >= today),
    sourceRfqId: p.sourceRfqId, updatedAt: p.updatedAt.toISOString(),
  }));
}
