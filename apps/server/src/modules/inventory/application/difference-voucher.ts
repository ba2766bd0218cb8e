import Decimal from 'decimal.js';
import { accountByCode, postDocument } from '../../finance/index.ts';
import { inventoryErrors } from '../inventory.errors.ts';

export interface DifferenceLine {
  itemId: string;
  /** The item's class, which the posting rules match (material → 1403, else 1405). */
  itemClass: string;
  /** Signed stock value change: + gain (盘盈/报溢), − loss (盘亏/报损). */
  value: string;
}

/**
 * The voucher of a stock difference: gains Dr 存货 / Cr 1901 待处理财产损溢, losses the reverse.
 * 1901 is cleared later by management's decision (营业外收支, 管理费用 …), outside inventory.
 * Returns null when nothing changed in value.
 */
export async function postDifferenceVoucher(input: {
  source: { type: string; id: string; number: string }; date: string; summary: string; lines: readonly DifferenceLine[];
}): Promise<{ voucherId: string; number: string } | null> {
  const lines = input.lines.filter((l) => !new Decimal(l.value).isZero());
  if (lines.length === 0) return null;
  const pending = await accountByCode('1901');
  if (!pending) throw inventoryErrors['inventory.voucher.noAccount']();
  const gains = lines.filter((l) => new Decimal(l.value).gt(0));
  const losses = lines.filter((l) => new Decimal(l.value).lt(0));
  const sum = (ls: readonly DifferenceLine[]) => ls.reduce((s, l) => s.plus(new Decimal(l.value).abs()), new Decimal(0)).toFixed(2);
  const inventoryLine = (l: DifferenceLine, side: 'debit' | 'credit') => ({
    role: 'inventory', side, amount: new Decimal(l.value).abs().toFixed(2), itemCategory: l.itemClass, itemId: l.itemId,
  });
  const voucher = await postDocument({
    source: input.source, date: input.date, summary: input.summary,
    lines: [
      ...gains.map((l) => inventoryLine(l, 'debit')),
      ...(gains.length > 0 ? [{ role: 'pendingGainsLosses', side: 'credit' as const, amount: sum(gains), accountId: pending.id }] : []),
      ...(losses.length > 0 ? [{ role: 'pendingGainsLosses', side: 'debit' as const, amount: sum(losses), accountId: pending.id }] : []),
      ...losses.map((l) => inventoryLine(l, 'credit')),
    ],
  });
  return { voucherId: voucher.voucherId, number: voucher.number };
}
