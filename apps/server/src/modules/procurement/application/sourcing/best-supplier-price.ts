import { and, asc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import { actor, tx } from '../../../../platform/tx/index.ts';
import { partners } from '../../../partners/index.ts';
import { supplierPrices } from '../../infra/procurement.tables.ts';

export interface BestSupplierPrice {
  supplierId: string;
  /** Tax-inclusive unit price (含税单价) per unit `unitId`. */
  price: string;
  /** Percent, as the price list stores it (13 = 13%). */
  taxRate: string;
  leadTimeDays: number;
  supplierPriceId: string;
}

/**
 * The cheapest price list entry for buying `quantity` of an item in a unit on a date: valid that
 * day, a minimum quantity the order reaches, from an enabled supplier. Ties go to the faster
 * supplier, then the older entry, so the choice is stable. Null when no supplier quotes the item.
 */
export async function bestSupplierPrice(itemId: string, unitId: string, quantity: string, date: string): Promise<BestSupplierPrice | null> {
  const [row] = await tx().select({
    id: supplierPrices.id, supplierId: supplierPrices.supplierId, price: supplierPrices.price,
    taxRate: supplierPrices.taxRate, leadTimeDays: supplierPrices.leadTimeDays,
  }).from(supplierPrices)
    .innerJoin(partners, and(eq(partners.tenantId, supplierPrices.tenantId), eq(partners.id, supplierPrices.supplierId)))
    .where(and(
      eq(supplierPrices.tenantId, actor().tenantId),
      eq(supplierPrices.itemId, itemId),
      eq(supplierPrices.unitId, unitId),
      lte(supplierPrices.minQty, sql`${quantity}::numeric`),
      or(isNull(supplierPrices.validFrom), lte(supplierPrices.validFrom, date)),
      or(isNull(supplierPrices.validTo), gte(supplierPrices.validTo, date)),
      eq(partners.isSupplier, true),
      eq(partners.enabled, true),
    ))
    .orderBy(asc(supplierPrices.price), asc(supplierPrices.leadTimeDays), asc(supplierPrices.id))
    .limit(1);
  if (!row) return null;
  return { supplierId: row.supplierId, price: row.price, taxRate: row.taxRate, leadTimeDays: row.leadTimeDays, supplierPriceId: row.id };
}
