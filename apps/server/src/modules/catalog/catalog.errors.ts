import { AppError, defineErrors, registerConstraintErrors } from '../../platform/http/index.ts';

/**
 * Failures of the catalog a caller can act on, in both locales. Item and warehouse references on
 * documents are 422 (the document names something unusable); the catalog's own pages answer 404
 * for an unknown id (`notFoundOnPage`).
 */
export const catalogErrors = defineErrors({
  'catalog.item.notFound': { status: 422, message: { 'zh-CN': '物料不存在', 'en-US': 'Item not found' } },
  'catalog.item.disabled': { status: 422, message: { 'zh-CN': '物料已停用', 'en-US': 'The item is disabled' } },
  'catalog.item.codeTaken': { status: 409, message: { 'zh-CN': '物料编码已被使用', 'en-US': 'The item code is already taken' } },
  'catalog.item.barcodeTaken': { status: 409, message: { 'zh-CN': '条码已被其他物料使用', 'en-US': 'The barcode is already used by another item' } },
  'catalog.item.barcodeNotFound': { status: 404, message: { 'zh-CN': '没有物料使用此条码', 'en-US': 'No item has this barcode' } },
  'catalog.item.unitRepeated': { status: 400, message: { 'zh-CN': '换算单位重复，或与基本单位相同', 'en-US': 'A conversion unit is repeated or is the base unit' } },
  'catalog.item.defaultUnitInvalid': { status: 400, message: { 'zh-CN': '采购/销售单位必须是基本单位或已设置换算的单位', 'en-US': 'The purchase or sale unit must be the base unit or one of the item’s conversion units' } },
  'catalog.item.baseUnitLocked': { status: 409, message: { 'zh-CN': '物料已有库存记录，不能修改基本单位', 'en-US': 'The item has stock records; its base unit cannot change' } },
  'catalog.item.categoryLocked': { status: 409, message: { 'zh-CN': '物料已有库存记录，只能改到物料类别和计价方法相同的分类', 'en-US': 'The item has stock records; it can only move to a category of the same class and valuation method' } },
  'catalog.item.supplierInvalid': { status: 400, message: { 'zh-CN': '默认供应商不存在、不是供应商或已停用', 'en-US': 'The default supplier does not exist, is not a supplier or is disabled' } },
  'catalog.category.notFound': { status: 422, message: { 'zh-CN': '物料分类不存在', 'en-US': 'Item category not found' } },
  'catalog.category.codeTaken': { status: 409, message: { 'zh-CN': '分类编码已被使用', 'en-US': 'The category code is already taken' } },
  'catalog.category.stockHeld': { status: 409, message: { 'zh-CN': '该分类下的物料已有库存记录，不能修改物料类别或计价方法', 'en-US': 'Items of this category have stock records; its class and valuation method cannot change' } },
  'catalog.category.cycle': { status: 400, message: { 'zh-CN': '上级分类不能是自身或其下级', 'en-US': 'A category cannot sit under itself or one of its sub-categories' } },
  'catalog.unit.notFound': { status: 422, message: { 'zh-CN': '计量单位不存在', 'en-US': 'Unit not found' } },
  'catalog.unit.codeTaken': { status: 409, message: { 'zh-CN': '单位编码已被使用', 'en-US': 'The unit code is already taken' } },
  'catalog.unit.notForItem': { status: 422, message: { 'zh-CN': '该单位不是此物料的基本单位或换算单位', 'en-US': 'The unit is neither the item’s base unit nor one of its conversion units' } },
  'catalog.quantity.notPositive': { status: 422, message: { 'zh-CN': '数量必须大于0', 'en-US': 'The quantity must be greater than 0' } },
  'catalog.quantity.tooPrecise': { status: 422, message: { 'zh-CN': '数量的小数位数超过单位允许的{precision}位', 'en-US': 'The quantity has more decimals than the unit allows ({precision})' } },
  'catalog.warehouse.notFound': { status: 422, message: { 'zh-CN': '仓库不存在', 'en-US': 'Warehouse not found' } },
  'catalog.warehouse.disabled': { status: 422, message: { 'zh-CN': '仓库已停用', 'en-US': 'The warehouse is disabled' } },
  'catalog.warehouse.codeTaken': { status: 409, message: { 'zh-CN': '仓库编码已被使用', 'en-US': 'The warehouse code is already taken' } },
  'catalog.warehouse.locationCodeRepeated': { status: 400, message: { 'zh-CN': '库位编码重复', 'en-US': 'A location code is repeated' } },
  'catalog.warehouse.keeperNotFound': { status: 422, message: { 'zh-CN': '仓管员不存在', 'en-US': 'The warehouse keeper does not exist' } },
  'catalog.warehouse.locationNotFound': { status: 422, message: { 'zh-CN': '库位不存在或不属于此仓库', 'en-US': 'The location does not exist or belongs to another warehouse' } },
});

export type CatalogErrorCode = keyof typeof catalogErrors;

/** The same code answered as 404 on the catalog's own pages (GET/PUT of an unknown or foreign id). */
export function notFoundOnPage(code: 'catalog.item.notFound' | 'catalog.category.notFound' | 'catalog.unit.notFound' | 'catalog.warehouse.notFound'): AppError {
  return new AppError(code, 404);
}

registerConstraintErrors({
  items_code: () => catalogErrors['catalog.item.codeTaken'](),
  items_barcode: () => catalogErrors['catalog.item.barcodeTaken'](),
  item_categories_code: () => catalogErrors['catalog.category.codeTaken'](),
  units_code: () => catalogErrors['catalog.unit.codeTaken'](),
  warehouses_code: () => catalogErrors['catalog.warehouse.codeTaken'](),
  warehouse_locations_code: () => catalogErrors['catalog.warehouse.locationCodeRepeated'](),
});
