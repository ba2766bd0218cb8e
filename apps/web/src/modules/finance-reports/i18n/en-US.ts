import type { financeReportsZhCN } from './zh-CN.ts';

// Same keys as zh-CN (checked by the compiler).
export const financeReportsEnUS: typeof financeReportsZhCN = {
};
