import { defineErrors, registerConstraintErrors } from '../../platform/http/index.ts';

/** Failures of inventory a caller can act on, in both locales. */
export const inventoryErrors = defineErrors({
  'inventory.stock.insufficient': { status: 409, message: { 'zh-CN': '库存不足：可用数量不够', 'en-US': 'Insufficient stock: not enough available' } },
  'inventory.item.notStocked': { status: 422, message: { 'zh-CN': '该物料不管理库存（服务或非库存物料）', 'en-US': 'The item is not kept in stock (a service or non-stock item)' } },
  'inventory.item.notFound': { status: 422, message: { 'zh-CN': '物料不存在', 'en-US': 'Item not found' } },
  'inventory.move.invalid': { status: 422, message: { 'zh-CN': '库存移动无效：{reason}', 'en-US': 'Invalid stock move: {reason}' } },
  'inventory.move.costRequired': { status: 422, message: { 'zh-CN': '入库必须提供单位成本', 'en-US': 'An inbound move needs a unit cost' } },
  'inventory.move.immutable': { status: 409, message: { 'zh-CN': '库存流水不能修改或删除，请做调整单', 'en-US': 'Stock moves cannot be changed or deleted; post an adjustment instead' } },
  'inventory.reservation.notFound': { status: 404, message: { 'zh-CN': '库存预留不存在', 'en-US': 'Reservation not found' } },
  'inventory.transfer.sameWarehouse': { status: 422, message: { 'zh-CN': '调出仓库和调入仓库不能相同', 'en-US': 'The source and destination warehouses must differ' } },
  'inventory.count.notFound': { status: 404, message: { 'zh-CN': '盘点单不存在', 'en-US': 'Stock count not found' } },
  'inventory.count.badStatus': { status: 409, message: { 'zh-CN': '盘点单当前状态（{status}）不允许此操作', 'en-US': 'The stock count is {status}; this action is not allowed' } },
  'inventory.count.unknownLine': { status: 422, message: { 'zh-CN': '盘点单中没有该物料', 'en-US': 'The item is not on this stock count' } },
  'inventory.count.empty': { status: 422, message: { 'zh-CN': '该仓库（分类）没有可盘点的物料', 'en-US': 'Nothing to count in this warehouse (category)' } },
  'inventory.reorderRule.notFound': { status: 404, message: { 'zh-CN': '再订货规则不存在', 'en-US': 'Reorder rule not found' } },
  'inventory.voucher.noAccount': { status: 409, message: { 'zh-CN': '缺少会计科目 1901 待处理财产损溢，请先完成财务初始化', 'en-US': 'Account 1901 (pending property gains and losses) is missing; set up finance first' } },
  'inventory.report.badRange': { status: 400, message: { 'zh-CN': '起始日期不能晚于截止日期', 'en-US': 'The start date cannot be after the end date' } },
});

// The database is the last word (migration 0007_inventory): balance CHECKs and the ledger trigger.
registerConstraintErrors({
  stock_no_negative: () => inventoryErrors['inventory.stock.insufficient'](),
  stock_no_oversell: () => inventoryErrors['inventory.stock.insufficient'](),
  stock_moves_append_only: () => inventoryErrors['inventory.move.immutable'](),
});
