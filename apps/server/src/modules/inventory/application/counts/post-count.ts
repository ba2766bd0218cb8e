import Decimal from 'decimal.js';
import { recordAudit } from '../../../../platform/audit/index.ts';
import { actor } from '../../../../platform/tx/index.ts';
import { itemFacts } from '../../infra/catalog.gateway.ts';
import { countLines, updateCount } from '../../infra/counts.repository.ts';
import { applyStockMoves } from '../apply-stock-moves.ts';
import { postDifferenceVoucher } from '../difference-voucher.ts';
import { inventoryDocTypes } from '../doc-types.ts';
import { countForChange } from './count-lines.ts';

/**
 * 盘点过账: one count move per counted line that differs (gains at the cost frozen when the count
 * began, losses at the current valuation) and one voucher against 1901 待处理财产损溢. Lines not
 * counted are left as they are.
 */
export async function postStockCount(id: string): Promise<void> {
  const count = await countForChange(id);
  const lines = (await countLines(id)).filter((l) => l.countedQty !== null && !new Decimal(l.countedQty).eq(l.systemQty));
  const source = { type: inventoryDocTypes.count, id, number: count.number };
  const applied = await applyStockMoves(lines.map((l) => ({
    kind: 'count' as const, itemId: l.itemId, warehouseId: count.warehouseId, date: count.countDate, source, sourceLineId: l.id,
    quantity: new Decimal(l.countedQty!).minus(l.systemQty).toFixed(4), unitCost: l.unitCost, note: l.note,
  })));
  const facts = await itemFacts(applied.map((m) => m.itemId));
  const voucher = await postDifferenceVoucher({
    source, date: count.countDate, summary: `盘点 ${count.number} 盘盈盘亏`,
    lines: applied.map((m) => ({ itemId: m.itemId, itemClass: facts.get(m.itemId)?.itemClass ?? 'goods', value: m.value })),
  });
  await updateCount(id, { status: 'posted', voucherId: voucher?.voucherId ?? null, postedBy: actor().userId || null, postedAt: new Date() });
  await recordAudit({ entity: 'stockCount', entityId: id, action: 'post', after: { moves: applied.length, voucherId: voucher?.voucherId ?? null } });
}

/** 作废: a count still being counted is dropped; nothing was moved. */
export async function cancelStockCount(id: string): Promise<void> {
  await countForChange(id);
  await updateCount(id, { status: 'cancelled' });
  await recordAudit({ entity: 'stockCount', entityId: id, action: 'cancel' });
}
