import Decimal from 'decimal.js';
import { stockMoveKinds } from '../infra/inventory.tables.ts';
import { inventoryErrors } from '../inventory.errors.ts';
import { afterMove, averageIssue, currentAverage, fifoIssue, toCents, toUnitCost, type BalanceState, type OpenLayer } from '../domain/valuation.ts';
import { balanceKey, ensureBalances, lockBalances, updateBalance, type BalanceKey } from '../infra/balances.repository.ts';
import { itemFacts, type ItemFacts } from '../infra/catalog.gateway.ts';
import { insertLayer, insertMove, openLayers, setLayerRemaining } from '../infra/moves.repository.ts';
import { activeReservationsOf, updateReservation } from '../infra/reservations.repository.ts';
import { checkLowStock } from './low-stock.ts';

export type StockMoveKind = (typeof stockMoveKinds)[number];

export interface StockMoveInput {
  kind: StockMoveKind;
  itemId: string;
  warehouseId: string;
  locationId?: string | null;
  /** Signed, in the item's base unit: + into the warehouse, − out of it. */
  quantity: string;
  /**
   * Inbound: required for receipts (adjustments and counts default to the current average).
   * Outbound: costed by the item's valuation; an explicit cost (e.g. a return at the receipt's
   * cost) is honoured under moving average, FIFO always takes its layers — post vouchers with
   * the returned `value`.
   */
  unitCost?: string | null;
  /** ISO date of the move. */
  date: string;
  source: { type: string; id: string; number?: string | null };
  sourceLineId?: string | null;
  note?: string | null;
  /** Both legs of a transfer share it; an inbound leg without a cost carries its outbound leg's. */
  transferId?: string | null;
  /** An issue that fulfils a reservation of this document consumes it instead of competing with it. */
  releaseReservation?: { sourceType: string; sourceId: string } | null;
}

export interface AppliedStockMove {
  moveId: string;
  itemId: string;
  warehouseId: string;
  quantity: string;
  unitCost: string;
  /** Signed, 2 dp: what the move added to (or took from) the stock value. */
  value: string;
}

interface WorkingBalance extends BalanceState {
  reserved: Decimal;
  allowNegative: boolean;
  alertedAt: Date | null;
  layers?: OpenLayer[];
  received: boolean;
  issued: boolean;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function invalid(reason: string, line: number): never {
  throw inventoryErrors['inventory.move.invalid']({ reason }, { line, reason });
}

function parseMove(m: StockMoveInput, line: number): Decimal {
  if (!stockMoveKinds.includes(m.kind)) invalid('kind', line);
  if (!isoDate.test(m.date ?? '') || Number.isNaN(Date.parse(m.date))) invalid('date', line);
  if (!m.source?.type || !m.source.id) invalid('source', line);
  let q: Decimal;
  try { q = new Decimal(m.quantity); } catch { return invalid('quantity', line); }
  if (!q.isFinite() || q.decimalPlaces() > 4) invalid('quantity', line);
  if (q.isZero() && m.kind !== 'adjustment' && m.kind !== 'count') invalid('quantity', line);
  if (m.unitCost != null) {
    let c: Decimal;
    try { c = new Decimal(m.unitCost); } catch { return invalid('unitCost', line); }
    if (!c.isFinite() || c.isNegative()) invalid('unitCost', line);
  }
  return q;
}

function checkItems(moves: readonly StockMoveInput[], facts: Map<string, ItemFacts>): void {
  moves.forEach((m, i) => {
    const item = facts.get(m.itemId);
    if (!item) throw inventoryErrors['inventory.item.notFound'](undefined, { line: i + 1, itemId: m.itemId });
    if (!item.stocked) throw inventoryErrors['inventory.item.notStocked'](undefined, { line: i + 1, itemId: m.itemId });
  });
}

/**
 * Moves stock in the caller's unit of work: one ledger row per move, balances updated in the same
 * transaction, valued by moving average or FIFO. Balance rows are locked in one stable order
 * before anything is written, so concurrent movers queue instead of deadlocking, and an issue that
 * would take on hand below zero (or below what is promised) is refused — the balance CHECKs in the
 * database are the last word.
 */
export async function applyStockMoves(moves: readonly StockMoveInput[]): Promise<AppliedStockMove[]> {
  if (moves.length === 0) return [];
  const quantities = moves.map((m, i) => parseMove(m, i + 1));
  const facts = await itemFacts(moves.map((m) => m.itemId));
  checkItems(moves, facts);

  const keys: BalanceKey[] = moves.map((m) => ({ itemId: m.itemId, warehouseId: m.warehouseId }));
  await ensureBalances(keys, (itemId) => facts.get(itemId)?.allowNegative ?? false);
  const locked = await lockBalances(keys);
  const working = new Map<string, WorkingBalance>();
  for (const [key, row] of locked) {
    working.set(key, {
      onHand: new Decimal(row.onHand), value: new Decimal(row.value), avgCost: new Decimal(row.avgCost),
      reserved: new Decimal(row.reserved), allowNegative: row.allowNegative, alertedAt: row.alertedAt, received: false, issued: false,
    });
  }

  const carried = new Map<string, Decimal>();
  const applied: AppliedStockMove[] = [];
  for (const [i, m] of moves.entries()) {
    const q = quantities[i]!;
    const item = facts.get(m.itemId)!;
    const bal = working.get(balanceKey(m));
    if (!bal) throw new Error('stock balance not locked');
    const fifo = item.valuationMethod === 'fifo';
    if (fifo && !bal.layers) {
      bal.layers = (await openLayers(m.itemId, m.warehouseId)).map((l) => ({ id: l.id, remaining: new Decimal(l.remaining), unitCost: new Decimal(l.unitCost) }));
    }

    let unitCost: Decimal;
    let value: Decimal;
    const takes: { id: string; remaining: Decimal }[] = [];
    if (q.gt(0)) {
      const carry = m.transferId ? carried.get(`${m.transferId}|${m.itemId}`) : undefined;
      if (m.unitCost != null) unitCost = new Decimal(m.unitCost);
      else if (carry) unitCost = carry;
      else if (m.kind === 'adjustment' || m.kind === 'count') unitCost = currentAverage(bal);
      else throw inventoryErrors['inventory.move.costRequired'](undefined, { line: i + 1, itemId: m.itemId });
      value = toCents(q.mul(unitCost));
      unitCost = toUnitCost(unitCost);
    } else if (q.lt(0)) {
      const out = q.neg();
      const reservedAfter = bal.reserved.minus(await consumeReservation(m, out));
      const onHandAfter = bal.onHand.minus(out);
      if (!bal.allowNegative && (onHandAfter.lt(0) || onHandAfter.lt(reservedAfter))) {
        throw inventoryErrors['inventory.stock.insufficient'](undefined, {
          itemId: m.itemId, warehouseId: m.warehouseId, requested: out.toFixed(4), available: Decimal.max(bal.onHand.minus(reservedAfter), 0).toFixed(4),
        });
      }
      bal.reserved = reservedAfter;
      if (fifo) {
        const issue = fifoIssue(bal.layers!, out, bal, currentAverage(bal));
        for (const t of issue.takes) takes.push({ id: t.id, remaining: t.remaining });
        unitCost = issue.unitCost;
        value = issue.value.neg();
      } else if (m.unitCost != null) {
        unitCost = toUnitCost(m.unitCost);
        value = toCents(out.mul(m.unitCost)).neg();
      } else {
        const issue = averageIssue(bal, out);
        unitCost = issue.unitCost;
        value = issue.value.neg();
      }
      if (m.transferId) carried.set(`${m.transferId}|${m.itemId}`, value.neg().div(out));
    } else {
      unitCost = toUnitCost(currentAverage(bal));
      value = new Decimal(0);
    }

    const next = afterMove(bal, q, value, unitCost);
    const move = await insertMove({
      kind: m.kind, itemId: m.itemId, warehouseId: m.warehouseId, locationId: m.locationId ?? null, moveDate: m.date,
      quantity: q.toFixed(4), unitCost: unitCost.toFixed(6), value: value.toFixed(2),
      balanceQty: next.onHand.toFixed(4), balanceValue: next.value.toFixed(2),
      sourceType: m.source.type, sourceId: m.source.id, sourceNumber: m.source.number ?? null, sourceLineId: m.sourceLineId ?? null,
      transferId: m.transferId ?? null, note: m.note ?? null,
    });
    if (fifo && bal.layers) {
      for (const t of takes) {
        await setLayerRemaining(t.id, t.remaining.toFixed(4));
        const layer = bal.layers.find((l) => l.id === t.id);
        if (layer) layer.remaining = t.remaining;
      }
      bal.layers = bal.layers.filter((l) => l.remaining.gt(0));
      if (q.gt(0)) {
        const layerId = await insertLayer({ itemId: m.itemId, warehouseId: m.warehouseId, moveId: move.id, moveSeq: move.seq, quantity: q.toFixed(4), unitCost: unitCost.toFixed(6) });
        bal.layers.push({ id: layerId, remaining: q, unitCost });
      }
    }
    Object.assign(bal, next);
    if (q.gt(0)) bal.received = true;
    if (q.lt(0)) bal.issued = true;
    applied.push({ moveId: move.id, itemId: m.itemId, warehouseId: m.warehouseId, quantity: q.toFixed(4), unitCost: unitCost.toFixed(6), value: value.toFixed(2) });
  }

  const now = new Date();
  const after = [];
  for (const [key, bal] of working) {
    const [itemId, warehouseId] = key.split('|') as [string, string];
    await updateBalance({ itemId, warehouseId }, {
      onHand: bal.onHand.toFixed(4), reserved: bal.reserved.toFixed(4), value: bal.value.toFixed(2), avgCost: bal.avgCost.toFixed(6),
      ...(bal.received ? { lastReceiptAt: now } : {}), ...(bal.issued ? { lastIssueAt: now } : {}),
    });
    after.push({ itemId, warehouseId, onHand: bal.onHand, reserved: bal.reserved, alertedAt: bal.alertedAt });
  }
  await checkLowStock(after);
  return applied;
}

/** Releases up to `quantity` of the document's active reservations on this item × warehouse. */
async function consumeReservation(m: StockMoveInput, quantity: Decimal): Promise<Decimal> {
  if (!m.releaseReservation) return new Decimal(0);
  const rows = await activeReservationsOf(m.releaseReservation.sourceType, m.releaseReservation.sourceId, m.itemId, m.warehouseId);
  let left = quantity;
  let consumed = new Decimal(0);
  for (const r of rows) {
    if (left.lte(0)) break;
    const qty = new Decimal(r.quantity);
    if (qty.lte(left)) {
      await updateReservation(r.id, { status: 'consumed' });
      consumed = consumed.plus(qty);
      left = left.minus(qty);
    } else {
      await updateReservation(r.id, { quantity: qty.minus(left).toFixed(4) });
      consumed = consumed.plus(left);
      left = new Decimal(0);
    }
  }
  return consumed;
}
