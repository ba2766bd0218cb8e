import type { financeCashZhCN } from './zh-CN.ts';

// Same keys as zh-CN (checked by the compiler).
export const financeCashEnUS: typeof financeCashZhCN = {
};
