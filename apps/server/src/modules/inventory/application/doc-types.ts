import { registerDocType } from '../../../platform/numbering/index.ts';
import { registerLinkedType } from '../../../platform/links/index.ts';

/** Source types of inventory's own documents in the ledger, vouchers and the document chain. */
export const inventoryDocTypes = { count: 'stockCount', adjustment: 'stockAdjustment', transfer: 'stockTransfer' } as const;

registerDocType({ type: inventoryDocTypes.count, label: { 'zh-CN': '盘点单', 'en-US': 'Stock count' }, defaultPrefix: 'PD' });
registerDocType({ type: inventoryDocTypes.adjustment, label: { 'zh-CN': '库存调整单', 'en-US': 'Stock adjustment' }, defaultPrefix: 'TZ' });
registerDocType({ type: inventoryDocTypes.transfer, label: { 'zh-CN': '调拨单', 'en-US': 'Stock transfer' }, defaultPrefix: 'DB' });
registerLinkedType({ type: inventoryDocTypes.count, permission: 'inventory.read', route: '/inventory/counts/:id' });
registerLinkedType({ type: inventoryDocTypes.adjustment, permission: 'inventory.read' });
registerLinkedType({ type: inventoryDocTypes.transfer, permission: 'inventory.read' });
