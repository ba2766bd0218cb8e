export const procurementZhCN = {
  title: '采购',
};
