import { assertWarehouse, itemsByIds, warehouseNames, type ItemInfo } from '../../catalog/index.ts';

// Everything inventory asks the catalog, in one place: item facts decide whether and how stock
// moves (stocked, allow-negative, class and valuation method of its category).

export type ItemFacts = ItemInfo;

export const itemFacts = (ids: readonly string[]): Promise<Map<string, ItemFacts>> => itemsByIds(ids);
export const warehouseNamesOf = (ids: readonly string[]): Promise<Map<string, string>> => warehouseNames(ids);
export { assertWarehouse };
