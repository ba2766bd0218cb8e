export const financeCashZhCN = {
};
