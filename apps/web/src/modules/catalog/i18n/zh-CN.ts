export const catalogZhCN = {
  title: '物料与仓库',
  itemSelect: { placeholder: '搜索物料编码、名称或条码' },
  warehouses: {
    defaultTag: '默认',
    selectPlaceholder: '选择仓库',
  },
};
