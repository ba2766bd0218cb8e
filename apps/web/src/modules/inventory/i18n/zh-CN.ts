export const inventoryZhCN = {
  title: '库存',
};
