import type { inventoryZhCN } from './zh-CN.ts';

export const inventoryEnUS: typeof inventoryZhCN = {
  title: 'Inventory',
};
