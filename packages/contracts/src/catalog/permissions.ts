import { definePermissions } from '../common/permission.ts';

/** The item catalog, units and warehouses: everyone who buys, sells or stores reads them. */
export const catalogPermissions = definePermissions([
  { key: 'catalog.read', group: 'masterData', label: { 'zh-CN': '查看物料、单位与仓库', 'en-US': 'View items, units and warehouses' } },
  { key: 'catalog.manage', group: 'masterData', label: { 'zh-CN': '维护物料、单位与仓库', 'en-US': 'Maintain items, units and warehouses' } },
  { key: 'catalog.viewCost', group: 'masterData', label: { 'zh-CN': '查看采购价', 'en-US': 'View purchase prices' }, sensitive: true },
]);

export type CatalogPermission = (typeof catalogPermissions)[number]['key'];
