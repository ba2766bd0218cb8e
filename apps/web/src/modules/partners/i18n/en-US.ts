import type { partnersZhCN } from './zh-CN.ts';

// Same keys as zh-CN (checked by the compiler).
export const partnersEnUS: typeof partnersZhCN = {
};
