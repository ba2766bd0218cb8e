import type { catalogZhCN } from './zh-CN.ts';

// Same keys as zh-CN (checked by the compiler).
export const catalogEnUS: typeof catalogZhCN = {
  title: 'Items and warehouses',
  itemSelect: { placeholder: 'Search item code, name or barcode' },
  warehouses: {
    defaultTag: 'default',
    selectPlaceholder: 'Select a warehouse',
  },
};
