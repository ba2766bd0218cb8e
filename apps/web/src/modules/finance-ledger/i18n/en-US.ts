import type { financeLedgerZhCN } from './zh-CN.ts';

// Same keys as zh-CN (checked by the compiler).
export const financeLedgerEnUS: typeof financeLedgerZhCN = {
};
