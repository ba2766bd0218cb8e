import type { UpdateStockCountLinesRequest } from '@triad/contracts';
import { inventoryErrors } from '../../inventory.errors.ts';
import { countLines, findCount, setCountedQty, updateCount } from '../../infra/counts.repository.ts';

/** Loads a count for a change, locked, refusing any that is no longer being counted. */
export async function countForChange(id: string) {
  const count = await findCount(id, true);
  if (!count) throw inventoryErrors['inventory.count.notFound'](undefined, { countId: id });
  if (count.status !== 'counting') throw inventoryErrors['inventory.count.badStatus']({ status: count.status }, { status: count.status });
  return count;
}

/** 录入实盘数: counted quantities (null = not counted yet) of items on the count. */
export async function enterCountedQuantities(id: string, input: UpdateStockCountLinesRequest): Promise<void> {
  await countForChange(id);
  const byItem = new Map((await countLines(id)).map((l) => [l.itemId, l]));
  for (const entry of input.lines) {
    const line = byItem.get(entry.itemId);
    if (!line) throw inventoryErrors['inventory.count.unknownLine'](undefined, { itemId: entry.itemId });
    await setCountedQty(line.id, entry.countedQty, entry.note);
  }
  await updateCount(id, {});
}
