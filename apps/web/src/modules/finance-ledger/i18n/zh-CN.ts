export const financeLedgerZhCN = {
};
