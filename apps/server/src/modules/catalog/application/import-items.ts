import Decimal from 'decimal.js';
import { inArray } from 'drizzle-orm';
import type { CreateCatalogItemInput, SpreadsheetImportError, SpreadsheetImportRequest, SpreadsheetImportResult, UpdateCatalogItemRequest } from '@triad/contracts';
import { createCatalogItemRequest } from '@triad/contracts';
import type { Locale, Localized } from '../../../platform/i18n/index.ts';
import { stockOf } from '../../inventory/index.ts';
import { importTemplate, parseYesNo, readImportSheet, rowError, type ImportColumn, type SheetRow } from '../../partners/index.ts';
import { findCategories, type CategoryRow } from '../infra/category.repository.ts';
import { findBarcodeOwners, findItemUnits, findItemViews, type ItemViewRow } from '../infra/item.repository.ts';
import { items } from '../infra/catalog.tables.ts';
import { findUnits, type UnitRow } from '../infra/unit.repository.ts';
import { writeItemChanges, writeNewItem } from './manage-items.ts';

type Key = 'code' | 'name' | 'spec' | 'categoryCode' | 'baseUnit' | 'purchaseUnit' | 'factor' | 'barcode' | 'purchasePrice' | 'salePrice' | 'taxRate' | 'allowNegative';

const columns: readonly (ImportColumn<Key> & { example: string; note: string })[] = [
  { key: 'code', header: '编码', required: true, example: 'M1001', note: '字母、数字、_ . -；已存在的编码将更新该物料' },
  { key: 'name', header: '名称', required: true, width: 24, example: '贴片电阻 10kΩ', note: '' },
  { key: 'spec', header: '规格型号', width: 20, example: '0603 ±1%', note: '' },
  { key: 'categoryCode', header: '分类编码', required: true, example: 'RAW-EC', note: '已维护的物料分类编码' },
  { key: 'baseUnit', header: '基本单位', required: true, example: '个', note: '单位名称或编码；库存按基本单位计量' },
  { key: 'purchaseUnit', header: '采购单位', example: '盒', note: '留空则按基本单位采购' },
  { key: 'factor', header: '换算系数', example: '5000', note: '1 采购单位 = 换算系数 × 基本单位；采购单位不同于基本单位时必填' },
  { key: 'barcode', header: '条码', width: 18, example: '6901234567892', note: '全公司唯一' },
  { key: 'purchasePrice', header: '采购价', example: '0.02', note: '含税，每基本单位' },
  { key: 'salePrice', header: '销售价', example: '0.05', note: '含税，每基本单位' },
  { key: 'taxRate', header: '税率', example: '13', note: '百分比，如 13、9、6、3、0，留空为 13' },
  { key: 'allowNegative', header: '允许负库存', example: '否', note: '是/否，留空为否' },
];
const headerOf = Object.fromEntries(columns.map((c) => [c.key, c.header])) as Record<Key, string>;

const hints: Partial<Record<Key, Localized>> = {
  code: { 'zh-CN': '编码只能包含字母、数字、_ . -，最长40位', 'en-US': 'letters, digits, _ . - only, at most 40' },
  name: { 'zh-CN': '最长200字', 'en-US': 'at most 200 characters' },
  spec: { 'zh-CN': '最长200字', 'en-US': 'at most 200 characters' },
  factor: { 'zh-CN': '大于0的数字，最多6位小数', 'en-US': 'a number above 0 with at most 6 decimals' },
  barcode: { 'zh-CN': '条码只能包含数字、字母和 -', 'en-US': 'digits, letters and - only' },
  purchasePrice: { 'zh-CN': '不小于0的数字，最多6位小数', 'en-US': 'a number of at least 0 with at most 6 decimals' },
  salePrice: { 'zh-CN': '不小于0的数字，最多6位小数', 'en-US': 'a number of at least 0 with at most 6 decimals' },
  taxRate: { 'zh-CN': '0–99.99 的百分比，如 13', 'en-US': 'a percentage from 0 to 99.99, e.g. 13' },
  allowNegative: { 'zh-CN': '请填写“是”或“否”', 'en-US': 'write 是 (yes) or 否 (no)' },
};

const fieldToKey: Record<string, Key> = { code: 'code', name: 'name', spec: 'spec', barcode: 'barcode', purchasePrice: 'purchasePrice', salePrice: 'salePrice', taxRate: 'taxRate' };

export function itemImportTemplate(): Promise<Buffer> {
  return importTemplate('物料', columns);
}

/** 税率 as typed: 13, 13% or — from a percent-formatted cell — 0.13 (no Chinese VAT rate is below 1%). */
function parseTaxRate(text: string): string | null {
  const raw = text.replace(/%$/, '').trim();
  if (!/^\d+(\.\d+)?$/.test(raw)) return null;
  let rate = new Decimal(raw);
  if (rate.gt(0) && rate.lt(1) && !text.endsWith('%')) rate = rate.times(100);
  return rate.lt(100) && rate.decimalPlaces() <= 2 ? rate.toFixed() : null;
}

/** Numbers from cells may carry float noise (0.1 + 0.2 …): keep at most 6 decimals as Excel shows them. */
function decimalText(text: string): string | null {
  if (!/^\d+(\.\d+)?$/.test(text)) return null;
  return new Decimal(text).toDecimalPlaces(6).toFixed();
}

interface Lookups {
  categories: Map<string, CategoryRow>;
  unitByNameOrCode: (text: string) => UnitRow | undefined;
  existing: Map<string, ItemViewRow>;
  conversions: Map<string, { unitId: string; factor: string; barcode: string | null }[]>;
}

interface PlannedRow { rowNo: number; itemId: string | null; create?: CreateCatalogItemInput; update?: UpdateCatalogItemRequest; barcode: string | null }

/** Checks one row against the catalog; the item to create or the changes to an existing one, or the row's errors. */
function planRow({ rowNo, values }: SheetRow<Key>, lookups: Lookups, locale: Locale): PlannedRow | SpreadsheetImportError[] {
  const errors: SpreadsheetImportError[] = [];
  const invalid = (key: Key) => errors.push(rowError(locale, rowNo, headerOf[key], 'import.invalidValue', { hint: hints[key] ?? { 'zh-CN': '', 'en-US': '' } }));
  const current = lookups.existing.get(values.code);
  // A new item needs all required cells; an existing one only its code (blank cells keep what is stored).
  for (const c of columns) if (c.required && !values[c.key] && (!current || c.key === 'code')) errors.push(rowError(locale, rowNo, c.header, 'import.required'));

  const category = values.categoryCode ? lookups.categories.get(values.categoryCode) : undefined;
  if (values.categoryCode && !category) errors.push(rowError(locale, rowNo, headerOf.categoryCode, 'import.notFound', { value: values.categoryCode }));
  const baseUnit = values.baseUnit ? lookups.unitByNameOrCode(values.baseUnit) : undefined;
  if (values.baseUnit && !baseUnit) errors.push(rowError(locale, rowNo, headerOf.baseUnit, 'import.notFound', { value: values.baseUnit }));
  const purchaseUnit = values.purchaseUnit ? lookups.unitByNameOrCode(values.purchaseUnit) : undefined;
  if (values.purchaseUnit && !purchaseUnit) errors.push(rowError(locale, rowNo, headerOf.purchaseUnit, 'import.notFound', { value: values.purchaseUnit }));
  const baseUnitId = baseUnit?.id ?? current?.baseUnitId;

  let factor: string | null = null;
  if (values.factor) {
    factor = decimalText(values.factor);
    if (!factor || new Decimal(factor).lte(0)) { invalid('factor'); factor = null; }
  }
  const isConversion = !!purchaseUnit && purchaseUnit.id !== baseUnitId;
  if (isConversion && !values.factor) errors.push(rowError(locale, rowNo, headerOf.factor, 'import.required'));

  const price = (key: 'purchasePrice' | 'salePrice') => {
    if (!values[key]) return undefined;
    const v = decimalText(values[key]);
    if (v === null) invalid(key);
    return v ?? undefined;
  };
  const purchasePrice = price('purchasePrice');
  const salePrice = price('salePrice');
  const taxRate = values.taxRate ? parseTaxRate(values.taxRate) : undefined;
  if (taxRate === null) invalid('taxRate');
  const allowNegative = parseYesNo(values.allowNegative);
  if (allowNegative === 'invalid') invalid('allowNegative');
  if (errors.length) return errors;

  // The conversion of this row merged into the item's current ones (same unit → new factor).
  const currentUnits = current ? lookups.conversions.get(current.id) ?? [] : [];
  const units = isConversion && purchaseUnit && factor
    ? [...currentUnits.filter((u) => u.unitId !== purchaseUnit.id), { unitId: purchaseUnit.id, factor, barcode: currentUnits.find((u) => u.unitId === purchaseUnit.id)?.barcode ?? null }]
    : currentUnits;
  const fields = {
    name: values.name || undefined,
    spec: values.spec || undefined,
    categoryId: category?.id,
    baseUnitId: baseUnit?.id,
    purchaseUnitId: purchaseUnit?.id,
    barcode: values.barcode || undefined,
    purchasePrice,
    salePrice,
    taxRate: taxRate ?? undefined,
    allowNegative: allowNegative ?? undefined,
  };
  // The API's own contract checks shapes and lengths.
  const parsed = createCatalogItemRequest.safeParse({ ...fields, code: values.code, name: values.name || current?.name, categoryId: category?.id ?? current?.categoryId, baseUnitId, units });
  if (!parsed.success) {
    const reported = new Set<string>();
    for (const issue of parsed.error.issues) {
      const key = fieldToKey[String(issue.path[0])] ?? (issue.path[0] === 'units' ? 'factor' : undefined);
      if (!key || reported.has(key)) continue;
      reported.add(key);
      invalid(key);
    }
    return errors;
  }
  if (!current) return { rowNo, itemId: null, create: parsed.data, barcode: parsed.data.barcode ?? null };
  const changes = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as UpdateCatalogItemRequest;
  return { rowNo, itemId: current.id, update: { ...changes, ...(isConversion ? { units: parsed.data.units } : {}) }, barcode: fields.barcode ?? null };
}

async function loadLookups(codes: readonly string[]): Promise<Lookups> {
  // One client per unit of work: one query at a time.
  const categories = await findCategories();
  const unitRows = await findUnits();
  const existingRows = codes.length ? await findItemViews(inArray(items.code, [...codes])) : [];
  const byName = new Map(unitRows.map((u) => [u.name, u]));
  const byCode = new Map(unitRows.map((u) => [u.code.toLowerCase(), u]));
  const conversions = new Map<string, { unitId: string; factor: string; barcode: string | null }[]>();
  for (const u of await findItemUnits(existingRows.map((r) => r.id))) {
    conversions.set(u.itemId, [...(conversions.get(u.itemId) ?? []), { unitId: u.unitId, factor: u.factor, barcode: u.barcode }]);
  }
  return {
    categories: new Map(categories.map((c) => [c.code, c])),
    unitByNameOrCode: (text) => byName.get(text) ?? byCode.get(text.toLowerCase()),
    existing: new Map(existingRows.map((r) => [r.code, r])),
    conversions,
  };
}

/**
 * 物料 Excel import, all or nothing: every row is checked first — codes and barcodes unique in the
 * file and in the catalog, categories and units known, numbers well-formed, base units of items
 * that already have stock unchanged. Any error and nothing is written. Existing codes update
 * their item (blank cells keep stored values); the purchase unit with its 换算系数 becomes (or
 * updates) a conversion. `dryRun` checks and counts without writing.
 */
export async function importItems(request: SpreadsheetImportRequest, locale: Locale): Promise<SpreadsheetImportResult> {
  const sheet = await readImportSheet(request.contentBase64, columns, locale);
  if (sheet.errors.length) return { created: 0, updated: 0, errors: sheet.errors };

  const lookups = await loadLookups(sheet.rows.map((r) => r.values.code).filter(Boolean));
  const errors: SpreadsheetImportError[] = [];
  const planned: PlannedRow[] = [];
  const firstRowOf = { code: new Map<string, number>(), barcode: new Map<string, number>() };
  for (const row of sheet.rows) {
    const plan = planRow(row, lookups, locale);
    if (Array.isArray(plan)) { errors.push(...plan); continue; }
    const seen = firstRowOf.code.get(row.values.code);
    if (seen) { errors.push(rowError(locale, row.rowNo, headerOf.code, 'import.duplicateCode', { firstRow: seen })); continue; }
    firstRowOf.code.set(row.values.code, row.rowNo);
    if (plan.barcode) {
      const seenBarcode = firstRowOf.barcode.get(plan.barcode);
      if (seenBarcode) { errors.push(rowError(locale, row.rowNo, headerOf.barcode, 'catalog.item.barcodeTaken')); continue; }
      firstRowOf.barcode.set(plan.barcode, row.rowNo);
    }
    planned.push(plan);
  }

  // Barcodes already printed on other items (or their cases).
  const owners = await findBarcodeOwners([...firstRowOf.barcode.keys()], null);
  for (const plan of planned) {
    if (plan.barcode && owners.some((o) => o.barcode === plan.barcode && o.itemId !== plan.itemId)) {
      errors.push(rowError(locale, plan.rowNo, headerOf.barcode, 'catalog.item.barcodeTaken'));
    }
  }
  // The base unit is what stock is counted in: it cannot change once an item has stock.
  const rebased = planned.filter((p) => p.itemId && p.update?.baseUnitId && p.update.baseUnitId !== [...lookups.existing.values()].find((e) => e.id === p.itemId)?.baseUnitId);
  const stocked = new Set((await stockOf(rebased.map((p) => p.itemId as string))).map((s) => s.itemId));
  for (const plan of rebased) {
    if (stocked.has(plan.itemId as string)) errors.push(rowError(locale, plan.rowNo, headerOf.baseUnit, 'catalog.item.baseUnitLocked'));
  }
  if (errors.length) return { created: 0, updated: 0, errors: errors.sort((a, b) => a.row - b.row) };

  const updated = planned.filter((p) => p.itemId).length;
  const result = { created: planned.length - updated, updated, errors: [] };
  if (request.dryRun) return result;
  for (const plan of planned) {
    if (plan.create) await writeNewItem(plan.create);
    else if (plan.itemId && plan.update) await writeItemChanges(plan.itemId, plan.update);
  }
  return result;
}
