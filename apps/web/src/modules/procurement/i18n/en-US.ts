import type { procurementZhCN } from './zh-CN.ts';

export const procurementEnUS: typeof procurementZhCN = {
  title: 'Procurement',
};
