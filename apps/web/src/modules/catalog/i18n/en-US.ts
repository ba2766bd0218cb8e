import type { catalogZhCN } from './zh-CN.ts';

export const catalogEnUS: typeof catalogZhCN = {
  title: 'Items and warehouses',
};
