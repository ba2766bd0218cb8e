import Decimal from 'decimal.js';
import { emit } from '../../../platform/events/index.ts';
import { balanceKey, updateBalance, type BalanceKey } from '../infra/balances.repository.ts';
import { rulesOfItems } from '../infra/reorder-rules.repository.ts';

export interface BalanceAfter extends BalanceKey {
  onHand: Decimal;
  reserved: Decimal;
  alertedAt: Date | null;
}

/**
 * 库存预警: when available stock falls to or below the reorder point, purchasers are alerted
 * once (`alerted_at`); the mark clears when stock is back above it, so the next fall alerts again.
 * Runs inside the mover's transaction, on balance rows it holds locked.
 */
export async function checkLowStock(balances: readonly BalanceAfter[]): Promise<void> {
  const rules = await rulesOfItems(balances.map((b) => b.itemId));
  if (rules.length === 0) return;
  const ruleByKey = new Map(rules.map((r) => [balanceKey(r), r]));
  for (const b of balances) {
    const rule = ruleByKey.get(balanceKey(b));
    if (!rule) continue;
    const available = b.onHand.minus(b.reserved);
    const low = available.lte(rule.reorderPoint);
    if (low && !b.alertedAt) {
      await updateBalance(b, { alertedAt: new Date() });
      emit('inventory.stock.low', {
        itemId: b.itemId, warehouseId: b.warehouseId, onHand: b.onHand.toFixed(4), available: available.toFixed(4),
        reorderPoint: rule.reorderPoint, safetyStock: rule.safetyStock,
      });
    } else if (!low && b.alertedAt) {
      await updateBalance(b, { alertedAt: null });
    }
  }
}
