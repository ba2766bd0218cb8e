export { catalogModule } from './module.tsx';
export { catalogZhCN } from './i18n/zh-CN.ts';
export { catalogEnUS } from './i18n/en-US.ts';
// The item, unit and warehouse pickers other modules (procurement, inventory, sales) reuse, loaded on first use.
export {
  ItemSelectLazy as ItemSelect, UnitSelectLazy as UnitSelect, WarehouseSelectLazy as WarehouseSelect, CategoryTreeSelectLazy as CategoryTreeSelect,
} from './components/lazy-selects.tsx';
export type { ItemSelectProps } from './components/ItemSelect.tsx';
export type { UnitSelectProps } from './components/UnitSelect.tsx';
export type { WarehouseSelectProps } from './components/WarehouseSelect.tsx';
export type { CategoryTreeSelectProps } from './components/CategoryTreeSelect.tsx';
export type { CatalogItem, CatalogItemSummary, CatalogWarehouse, ItemUnitOption, ItemClass } from './types.ts';
