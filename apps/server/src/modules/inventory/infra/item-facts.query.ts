import { and, eq, inArray } from 'drizzle-orm';
import { actor, tx } from '../../../platform/tx/index.ts';
import { itemCategories, items } from '../../catalog/index.ts';

/** What inventory needs to know about an item to move and value it. */
export interface ItemFacts {
  id: string;
  code: string;
  name: string;
  categoryId: string;
  itemClass: 'material' | 'goods' | 'finished' | 'service';
  valuationMethod: 'movingAverage' | 'fifo';
  stocked: boolean;
  allowNegative: boolean;
  defaultSupplierId: string | null;
}

/** Items of this company by id (missing ids are simply absent). */
export async function itemFacts(ids: readonly string[]): Promise<Map<string, ItemFacts>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await tx().select({
    id: items.id, code: items.code, name: items.name, categoryId: items.categoryId,
    itemClass: itemCategories.itemClass, valuationMethod: itemCategories.valuationMethod,
    stocked: items.stocked, allowNegative: items.allowNegative, defaultSupplierId: items.defaultSupplierId,
  }).from(items)
    .innerJoin(itemCategories, eq(itemCategories.id, items.categoryId))
    .where(and(eq(items.tenantId, actor().tenantId), inArray(items.id, unique)));
  return new Map(rows.map((r) => [r.id, { ...r, stocked: r.stocked && r.itemClass !== 'service' }]));
}
