// The demo company's supply chain: units, categories, items, warehouses, supplier price lists and
// reorder rules, plus the purchase cycles that have happened (one paid in full, one under way)
// and an open request for quotation. Suppliers are the finance demo's partners S001–S004.

export const demoUnits = [
  { code: 'PCS', name: '个', precision: 0 },
  { code: 'BOX', name: '箱', precision: 0 },
  { code: 'KG', name: '千克', precision: 3 },
  { code: 'SET', name: '台', precision: 0 },
  { code: 'PKG', name: '包', precision: 0 },
] as const;
export type DemoUnitCode = (typeof demoUnits)[number]['code'];

export const demoCategories = [
  { code: 'OFFICE', name: '办公用品', itemClass: 'goods', valuationMethod: 'movingAverage' },
  { code: 'ELEC', name: '电子元器件', itemClass: 'material', valuationMethod: 'movingAverage' },
  { code: 'METAL', name: '金属材料', itemClass: 'material', valuationMethod: 'fifo' },
  { code: 'FG', name: '成品', itemClass: 'finished', valuationMethod: 'movingAverage' },
] as const;
export type DemoCategoryCode = (typeof demoCategories)[number]['code'];

export const demoWarehouses = [
  {
    code: 'WH01', name: '主仓库', address: '浙江省杭州市余杭区文一西路 998 号 3 号楼', isDefault: true, keeper: 'yang.lei',
    locations: [{ code: 'A-01', name: 'A 区 01 货架' }, { code: 'A-02', name: 'A 区 02 货架' }, { code: 'B-01', name: 'B 区 成品区' }],
  },
  { code: 'WH02', name: '原料仓', address: '浙江省杭州市余杭区文一西路 998 号 5 号楼', isDefault: false, keeper: 'yang.lei', locations: [] },
] as const;
export type DemoWarehouseCode = (typeof demoWarehouses)[number]['code'];

export interface DemoItem {
  code: string; name: string; spec: string; category: DemoCategoryCode; baseUnit: DemoUnitCode; purchaseUnit?: DemoUnitCode;
  /** Other units: 1 unit = factor base units. */
  units?: readonly { unit: DemoUnitCode; factor: string }[];
  purchasePrice: string; salePrice?: string; supplier?: string; warehouse: DemoWarehouseCode; barcode?: string;
}

export const demoItems: readonly DemoItem[] = [
  { code: 'OF-001', name: 'A4 复印纸', spec: '70g 500张/包', category: 'OFFICE', baseUnit: 'PKG', purchasePrice: '23.50', supplier: 'S004', warehouse: 'WH01', barcode: '6901234500011' },
  { code: 'OF-002', name: '中性笔', spec: '0.5mm 黑色', category: 'OFFICE', baseUnit: 'PCS', purchaseUnit: 'BOX', units: [{ unit: 'BOX', factor: '24' }], purchasePrice: '1.20', supplier: 'S004', warehouse: 'WH01', barcode: '6901234500028' },
  { code: 'EC-001', name: 'STM32F103C8T6 单片机', spec: 'LQFP48', category: 'ELEC', baseUnit: 'PCS', purchasePrice: '12.50', supplier: 'S002', warehouse: 'WH02' },
  { code: 'EC-002', name: '贴片电阻 10kΩ', spec: '0603 ±1%', category: 'ELEC', baseUnit: 'PCS', purchasePrice: '0.02', supplier: 'S002', warehouse: 'WH02' },
  { code: 'EC-003', name: '锂电池', spec: '18650 3.7V 2600mAh', category: 'ELEC', baseUnit: 'PCS', purchaseUnit: 'BOX', units: [{ unit: 'BOX', factor: '24' }], purchasePrice: '9.80', supplier: 'S002', warehouse: 'WH02' },
  { code: 'MT-001', name: '紫铜线', spec: 'T2 Φ1.0mm', category: 'METAL', baseUnit: 'KG', purchasePrice: '78.00', supplier: 'S001', warehouse: 'WH02' },
  { code: 'FG-001', name: '智能温控器', spec: 'TC-200', category: 'FG', baseUnit: 'SET', purchasePrice: '0', salePrice: '680.00', warehouse: 'WH01' },
];

/** 供应商价目表 (tax-inclusive, 13% unless stated); S004 quotes some electronics dearer. */
export const demoSupplierPrices = [
  { supplier: 'S002', item: 'EC-001', unit: 'PCS', price: '12.50', minQty: '0', leadTimeDays: 7 },
  { supplier: 'S002', item: 'EC-001', unit: 'PCS', price: '11.80', minQty: '1000', leadTimeDays: 10 },
  { supplier: 'S004', item: 'EC-001', unit: 'PCS', price: '13.20', minQty: '0', leadTimeDays: 3 },
  { supplier: 'S002', item: 'EC-002', unit: 'PCS', price: '0.02', minQty: '0', leadTimeDays: 5 },
  { supplier: 'S002', item: 'EC-003', unit: 'BOX', price: '235.20', minQty: '0', leadTimeDays: 7 },
  { supplier: 'S001', item: 'MT-001', unit: 'KG', price: '78.00', minQty: '0', leadTimeDays: 3 },
  { supplier: 'S004', item: 'OF-001', unit: 'PKG', price: '23.50', minQty: '0', leadTimeDays: 2 },
  { supplier: 'S004', item: 'OF-002', unit: 'BOX', price: '28.80', minQty: '0', leadTimeDays: 2 },
] as const;

/** 再订货点: the 单片机 is below its point once the finished cycle has been received. */
export const demoReorderRules = [
  { item: 'EC-001', warehouse: 'WH02', safetyStock: '200', reorderPoint: '500', reorderQty: '1000' },
  { item: 'EC-002', warehouse: 'WH02', safetyStock: '1000', reorderPoint: '2000', reorderQty: '10000' },
  { item: 'OF-001', warehouse: 'WH01', safetyStock: '10', reorderPoint: '20', reorderQty: '50' },
] as const;

export interface DemoRequest {
  requester: string;
  purpose: string;
  warehouse: DemoWarehouseCode;
  lines: readonly { item: string; unit?: DemoUnitCode; quantity: string }[];
}

/**
 * 已完成的采购: 周杰 (生产计划员) asked for TC-200 试产物料; ordered from 鑫达电子, received in
 * full, billed at the order price and paid.
 */
export const demoFinishedCycle: DemoRequest = {
  requester: 'zhou.jie', purpose: 'TC-200 智能温控器首批试产物料', warehouse: 'WH02',
  lines: [{ item: 'EC-001', quantity: '300' }, { item: 'EC-002', quantity: '5000' }],
};

/** 进行中的采购: 郭鹏 (工程师) asked for 研发样机 materials; two orders, the batteries partly received. */
export const demoOpenCycle: DemoRequest & { received: { item: string; quantity: string } } = {
  requester: 'guo.peng', purpose: '新一代温控器研发样机', warehouse: 'WH02',
  lines: [{ item: 'EC-003', unit: 'BOX', quantity: '5' }, { item: 'MT-001', quantity: '20' }],
  received: { item: 'EC-003', quantity: '2' },
};

/** 询价中: the buyer asked two suppliers for next quarter's office supplies; both answered. */
export const demoRfq = {
  title: '下季度办公用品询价', buyer: 'chen.jing', suppliers: ['S004', 'S002'],
  lines: [{ item: 'OF-001', unit: 'PKG', quantity: '100' }, { item: 'OF-002', unit: 'BOX', quantity: '10' }],
  quotes: [
    { supplier: 'S004', item: 'OF-001', price: '23.00', leadTimeDays: 2 },
    { supplier: 'S004', item: 'OF-002', price: '28.00', leadTimeDays: 2 },
    { supplier: 'S002', item: 'OF-001', price: '22.60', leadTimeDays: 5 },
  ],
} as const;
