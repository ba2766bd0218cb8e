import Decimal from 'decimal.js';
import { catalogErrors } from '../catalog.errors.ts';
import { fitsPrecision, parseQuantity, toBaseQuantity } from '../domain/quantity.ts';
import { findItemUnits, findItemViewsByIds } from '../infra/item.repository.ts';
import { toItemInfo, type ItemInfo } from './item-info.ts';

export interface ItemLineInput { itemId: string; unitId?: string | null; quantity: string }

export interface ResolvedItemLine {
  item: ItemInfo;
  unitId: string;
  unitName: string;
  /** Base units per one of `unitId` ('1' for the base unit). */
  factor: string;
  /** The quantity as entered, normalised (no trailing zeros). */
  quantity: string;
  /** The quantity in base units, at the stock ledger's scale. */
  baseQuantity: string;
}

/**
 * Checks the item lines of a document (purchase request, order, receipt …) against the catalog and
 * converts each quantity to base units. Line numbers in error details are 1-based, as the user
 * sees them. Runs inside the caller's unit of work; the first bad line stops the document.
 */
export async function resolveItemLines(lines: readonly ItemLineInput[]): Promise<ResolvedItemLine[]> {
  const itemIds = [...new Set(lines.map((l) => l.itemId))];
  // One client per unit of work: one query at a time.
  const views = await findItemViewsByIds(itemIds);
  const conversions = await findItemUnits(itemIds);
  const viewById = new Map(views.map((v) => [v.id, v]));

  return lines.map((line, index) => {
    const lineNo = index + 1;
    const view = viewById.get(line.itemId);
    if (!view) throw catalogErrors['catalog.item.notFound'](undefined, { line: lineNo, itemId: line.itemId });
    if (!view.enabled) throw catalogErrors['catalog.item.disabled'](undefined, { line: lineNo, itemId: line.itemId });

    const unitId = line.unitId ?? view.baseUnitId;
    const unit = unitId === view.baseUnitId
      ? { unitName: view.baseUnitName, precision: view.baseUnitPrecision, factor: '1' }
      : conversions.find((c) => c.itemId === view.id && c.unitId === unitId);
    if (!unit) throw catalogErrors['catalog.unit.notForItem'](undefined, { line: lineNo, unitId });

    const quantity = parseQuantity(String(line.quantity));
    if (!quantity || !quantity.isFinite() || quantity.lte(0)) throw catalogErrors['catalog.quantity.notPositive'](undefined, { line: lineNo });
    if (!fitsPrecision(quantity, unit.precision)) {
      throw catalogErrors['catalog.quantity.tooPrecise']({ precision: unit.precision }, { line: lineNo, unitId, precision: unit.precision });
    }
    const factor = new Decimal(unit.factor);
    return {
      item: toItemInfo(view),
      unitId,
      unitName: unit.unitName,
      factor: factor.toFixed(),
      quantity: quantity.toFixed(),
      baseQuantity: toBaseQuantity(quantity, unit.factor).toFixed(),
    };
  });
}
