export const catalogZhCN = {
  title: '物料与仓库',
};
