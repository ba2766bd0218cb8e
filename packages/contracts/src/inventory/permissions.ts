import { definePermissions } from '../common/permission.ts';

/** A warehouse keeper (仓管员) moves and counts stock; purchasers and planners read it. */
export const inventoryPermissions = definePermissions([
  { key: 'inventory.read', group: 'inventory', label: { 'zh-CN': '查看库存与库存流水', 'en-US': 'View stock and the stock ledger' } },
  { key: 'inventory.move', group: 'inventory', label: { 'zh-CN': '调拨与库存调整', 'en-US': 'Transfer and adjust stock' } },
  { key: 'inventory.count', group: 'inventory', label: { 'zh-CN': '盘点', 'en-US': 'Count stock' } },
  { key: 'inventory.settings', group: 'inventory', label: { 'zh-CN': '维护安全库存与再订货点', 'en-US': 'Maintain safety stock and reorder points' } },
]);

export type InventoryPermission = (typeof inventoryPermissions)[number]['key'];

export const inventoryPermissionGroups = {
  inventory: { 'zh-CN': '库存', 'en-US': 'Inventory' },
} as const satisfies Record<string, { 'zh-CN': string; 'en-US': string }>;
