export const financeReportsZhCN = {
};
