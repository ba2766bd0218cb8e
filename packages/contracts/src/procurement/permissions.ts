import { definePermissions } from '../common/permission.ts';

/**
 * Procurement: any employee raises their own purchase requests (no permission needed); a buyer
 * (采购员) sources and orders, the warehouse receives and returns, finance enters supplier bills.
 */
export const procurementPermissions = definePermissions([
  { key: 'procurement.read', group: 'procurement', label: { 'zh-CN': '查看全部采购单据', 'en-US': 'View all procurement documents' } },
  { key: 'procurement.order', group: 'procurement', label: { 'zh-CN': '询价、比价、价目表与采购订单', 'en-US': 'Quotations, price lists and purchase orders' } },
  { key: 'procurement.receive', group: 'procurement', label: { 'zh-CN': '采购入库与退货', 'en-US': 'Receive goods and return to suppliers' } },
  { key: 'procurement.bill', group: 'procurement', label: { 'zh-CN': '供应商发票与三单匹配', 'en-US': 'Supplier bills and three-way match' } },
  { key: 'procurement.settings', group: 'procurement', label: { 'zh-CN': '采购容差设置', 'en-US': 'Procurement tolerances' } },
]);

export type ProcurementPermission = (typeof procurementPermissions)[number]['key'];

export const procurementPermissionGroups = {
  procurement: { 'zh-CN': '采购', 'en-US': 'Procurement' },
} as const satisfies Record<string, { 'zh-CN': string; 'en-US': string }>;
